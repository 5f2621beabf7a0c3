package se.jamtland.unit.intake;

import se.jamtland.unit.policy.Refusal;

/**
 * A case may name another case of the unit only where the catalog links the two insatser (2.6: Partnerkontakt is
 * for the partner of someone who "sökt insatsen samtal om våld samt samtal om våld IVIN"). The answer does not
 * tell an unknown code from one that may not be linked.
 */
final class LinkOfTheInsats implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        String linked = intake.request().linkedCaseCode();
        if (linked == null) {
            return IntakeResult.ALLOWED;
        }
        boolean allowed = intake.cases().insatsOfCase(linked).map(intake.insats()::mayLinkTo).orElse(false);
        return allowed ? IntakeResult.ALLOWED
                : IntakeResult.refused(Refusal.ruleNotMet("invalid-case-link", "Ärendet kan inte kopplas",
                        "Det finns inget ärende med det numret som insatsen kan kopplas till.", "linkedCaseCode"));
    }
}
