package se.jamtland.unit.intake;

import se.jamtland.unit.policy.Refusal;

/**
 * A person has at most one open case of an insats at a unit: a second one would split the journal of one
 * treatment (14 kap. 3 § SoL) in two. The same person in two different insatser is fine. The database's unique
 * key decides a race between two intakes; this policy asks first, so that the usual case is answered before
 * eligibility-service is called. The answer names the existing case code, which the staff member may open:
 * telling them is an access to that INDIVIDUAL record, and the lookup logs it as a READ.
 */
final class OneOpenCasePerInsats implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        return intake.identityNumber()
                .flatMap(number -> intake.cases().openCaseOf(number, intake.insats().id()))
                .map(open -> IntakeResult.refused(refusal(open)))
                .orElse(IntakeResult.ALLOWED);
    }

    static Refusal refusal(String openCaseCode) {
        return Refusal.conflict("open-case-exists", "Personen har redan ett öppet ärende",
                "Personen har redan ett öppet ärende för den här insatsen: " + openCaseCode
                        + ". Fortsätt i det ärendet, eller avsluta det innan ett nytt öppnas.");
    }
}
