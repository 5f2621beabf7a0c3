package se.jamtland.unit.intake;

import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.policy.Refusal;

/** What one intake policy, or intake as a whole, decides. */
public sealed interface IntakeResult {

    /** Nothing in this policy stands in the way. */
    record Allowed() implements IntakeResult {
    }

    /** The request cannot be registered as it is; the reason says what to change. */
    record Refused(Refusal refusal) implements IntakeResult {
    }

    /**
     * A villkor is not met: not a "no", but a referral to the socialnämnd's needs assessment (Bilaga 1,
     * avsnitt 1), counted de-identified.
     */
    record ReferToNeedsAssessment(EligibilityAnswer answer) implements IntakeResult {
    }

    /** The insats can be given once a guardian's consent is registered (föräldrabalken 6 kap. 11 §). */
    record ConsentNeeded(Refusal refusal) implements IntakeResult {
    }

    IntakeResult ALLOWED = new Allowed();

    static IntakeResult refused(Refusal refusal) {
        return new Refused(refusal);
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
