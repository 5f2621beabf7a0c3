package se.jamtland.unit.intake;

import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.policy.Refusal;

/**
 * The catalog decides how an insats is documented (14 kap. 3-5 § SoL), never the caller: an ADVISORY insats is
 * registered as a contact and gets no case, and every other insats is a case.
 */
final class RecordFitsTheRegime implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        boolean advisory = intake.insats().regime() == DocumentationRegime.ADVISORY;
        if (intake.request().door() == IntakeDoor.CASE && advisory) {
            return IntakeResult.refused(Refusal.ruleNotMet("advisory-insats",
                    "Insatsen registreras som rådgivande kontakt",
                    "Insatsen är av rådgivande karaktär (14 kap. 4 § SoL) och får inga ärenden. "
                            + "Registrera kontakten med POST /advisory-contacts.", "insats"));
        }
        if (intake.request().door() == IntakeDoor.ADVISORY_CONTACT && !advisory) {
            return IntakeResult.refused(Refusal.ruleNotMet("not-an-advisory-insats",
                    "Insatsen dokumenteras som ärende",
                    "Insatsen är inte av rådgivande karaktär (14 kap. 4 § SoL). Registrera den med POST /cases.",
                    "insats"));
        }
        return IntakeResult.ALLOWED;
    }
}
