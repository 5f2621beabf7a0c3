package se.jamtland.unit.intake;

import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.policy.Refusal;

import java.util.List;

/**
 * Identity goes with the regime: a DEIDENTIFIED case must not hold what can reveal who the person is
 * (14 kap. 5 § SoL); an INDIVIDUAL record needs it, with a valid personnummer or samordningsnummer (14 kap. 3 §).
 */
final class IdentityFollowsTheRegime implements IntakePolicy {

    @Override
    public IntakeResult check(Intake intake) {
        IntakeRequest request = intake.request();
        if (request.door() != IntakeDoor.CASE) {
            return IntakeResult.ALLOWED;
        }
        DocumentationRegime regime = intake.insats().regime();
        if (regime == DocumentationRegime.DEIDENTIFIED) {
            return !request.carriesIdentity() ? IntakeResult.ALLOWED
                    : IntakeResult.refused(Refusal.ruleNotMet("identity-data-not-allowed",
                            "Uppgifter som kan röja identitet",
                            "Insatsen dokumenteras utan uppgifter som kan röja den enskildes identitet (14 kap. 5 § "
                                    + "socialtjänstlagen). Ta bort person och vårdnadshavare. Inget har sparats.",
                            request.identityField()));
        }
        if (regime != DocumentationRegime.INDIVIDUAL) {
            return IntakeResult.ALLOWED;
        }
        if (!request.personGiven()) {
            return IntakeResult.refused(Refusal.ruleNotMet("person-required", "Personuppgifter saknas",
                    "Insatsen dokumenteras på individnivå (14 kap. 3 § socialtjänstlagen) och kräver personens "
                            + "identitet.", "person"));
        }
        if (intake.identityNumber().isEmpty()) {
            return IntakeResult.refused(Refusal.ruleNotMet("invalid-identity-number", "Ogiltigt personnummer",
                    "Personnumret eller samordningsnumret är inte giltigt: datumet eller kontrollsiffran stämmer "
                            + "inte.", List.of(new Refusal.FieldNote("person/identityNumber",
                            "Inte ett giltigt personnummer eller samordningsnummer."))));
        }
        return IntakeResult.ALLOWED;
    }
}
