package se.jamtland.unit.aktualisering.application;

import se.jamtland.unit.policy.Refusal;

import java.util.List;

/** The refusals of aktualiseringar, in Swedish, naming fields and never quoting a value. */
final class AktualiseringRefusals {

    private AktualiseringRefusals() {
    }

    static Refusal consentMissing() {
        return Refusal.ruleNotMet("aktualisering-needs-consent", "Personens samtycke saknas",
                "En aktualisering med personuppgifter registreras bara när personen har samtyckt till att "
                        + "kommunen får dem (consentGiven: true). Utan samtycke hänvisar du personen till kommunen "
                        + "själv. Inget har sparats.", "consentGiven");
    }

    static Refusal notFound() {
        return Refusal.notFound("aktualisering-not-found", "Aktualiseringen finns inte",
                "Det finns ingen sådan aktualisering här.");
    }

    static Refusal invalidIdentityNumber() {
        return Refusal.ruleNotMet("invalid-identity-number", "Ogiltigt personnummer",
                "Personnumret eller samordningsnumret är inte giltigt: datumet eller kontrollsiffran stämmer inte. "
                        + "Lämna fältet tomt om personen inte vill uppge det. Inget har sparats.",
                List.of(new Refusal.FieldNote("person/identityNumber",
                        "Inte ett giltigt personnummer eller samordningsnummer.")));
    }
}
