package se.jamtland.eligibility.decision;

import se.jamtland.eligibility.catalog.Condition;
import se.jamtland.eligibility.catalog.ConditionType;

/** "Kvinna i juridisk mening" (2.9): legal gender as registered, never the gender a person states. */
final class LegalGenderPolicy implements ConditionPolicy {

    @Override
    public ConditionType decides() {
        return ConditionType.LEGAL_GENDER;
    }

    @Override
    public Verdict check(Condition condition, Applicant applicant) {
        if (applicant.legalGender() == null) {
            return new Verdict.InputMissing("legalGender", condition.description());
        }
        return applicant.legalGender() == condition.legalGender()
                ? new Verdict.Met()
                : new Verdict.NotMet(ConditionType.LEGAL_GENDER, condition.description());
    }
}
