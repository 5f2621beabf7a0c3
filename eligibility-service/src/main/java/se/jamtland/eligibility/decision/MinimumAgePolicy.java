package se.jamtland.eligibility.decision;

import se.jamtland.eligibility.catalog.Condition;
import se.jamtland.eligibility.catalog.ConditionType;

/** "15 år och uppåt", "Personer som fyllt 18 år": the age on the day asked about, nothing else. */
final class MinimumAgePolicy implements ConditionPolicy {

    @Override
    public ConditionType decides() {
        return ConditionType.MIN_AGE;
    }

    @Override
    public Verdict check(Condition condition, Applicant applicant) {
        if (applicant.age() == null) {
            return new Verdict.InputMissing("age", condition.description());
        }
        return applicant.age() >= condition.minAge()
                ? new Verdict.Met()
                : new Verdict.NotMet(ConditionType.MIN_AGE, condition.description());
    }
}
