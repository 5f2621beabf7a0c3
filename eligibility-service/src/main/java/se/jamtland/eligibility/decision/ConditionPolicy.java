package se.jamtland.eligibility.decision;

import se.jamtland.eligibility.catalog.Condition;
import se.jamtland.eligibility.catalog.ConditionType;

/** A named rule that decides one kind of villkor and returns its reason. */
public interface ConditionPolicy {

    ConditionType decides();

    Verdict check(Condition condition, Applicant applicant);
}
