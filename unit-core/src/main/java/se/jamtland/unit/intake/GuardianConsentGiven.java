package se.jamtland.unit.intake;

import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.eligibility.EligibilityAnswer;
import se.jamtland.unit.policy.Refusal;

/**
 * Below the catalog's age a guardian's consent is needed (föräldrabalken 6 kap. 11 §; Bilaga 1, avsnitt 1 lets
 * 15-17-year-olds come without it); only the fact is checked. An INDIVIDUAL record also names the guardians.
 */
final class GuardianConsentGiven implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        EligibilityAnswer answer = intake.answer();
        if (!answer.guardianConsentRequired()) {
            return IntakeResult.ALLOWED;
        }
        IntakeRequest request = intake.request();
        String under = "Personen är under " + answer.guardianConsentRule().requiredBelowAge() + " år. ";
        if (!request.guardianConsentGiven()) {
            return new IntakeResult.ConsentNeeded(Refusal.ruleNotMet("guardian-consent-required",
                    "Vårdnadshavares samtycke krävs", request.door() == IntakeDoor.CASE
                            ? under + "Insatsen kan ges först när vårdnadshavarens samtycke är registrerat "
                                    + "(guardianConsentGiven)."
                            : under + "Kontakten kan registreras först när vårdnadshavarens samtycke är "
                                    + "givet (guardianConsentGiven).", "guardianConsentGiven"));
        }
        if (request.door() == IntakeDoor.CASE && intake.insats().regime() == DocumentationRegime.INDIVIDUAL
                && !request.guardiansNamed()) {
            return IntakeResult.refused(Refusal.ruleNotMet("guardians-required", "Vårdnadshavare saknas",
                    "Samtycke krävs och insatsen dokumenteras på individnivå: ange vårdnadshavare.", "guardians"));
        }
        return IntakeResult.ALLOWED;
    }
}
