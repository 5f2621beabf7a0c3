package se.jamtland.eligibility.decision;

/** There is no "no": a villkor not met means the person is referred to the socialnämnd's needs assessment. */
public enum Outcome {
    ELIGIBLE,
    REFER_TO_NEEDS_ASSESSMENT
}
