package se.jamtland.unit.remiss.application;

import se.jamtland.unit.policy.Refusal;

import java.util.List;

/** The refusals of the remiss inbox, in Swedish, naming fields and never quoting a value. */
final class RemissRefusals {

    static final String KEY_HEADER = "Idempotency-Key";

    private RemissRefusals() {
    }

    static Refusal keyMissing() {
        return Refusal.invalidInput("idempotency-key-required", "Idempotensnyckel saknas eller är ogiltig",
                "Skicka remissen med rubriken " + KEY_HEADER + ": 1–64 tecken av A–Z, a–z, 0–9 och . _ ~ -, en ny "
                        + "nyckel för varje ny remiss och samma nyckel när samma remiss skickas igen.",
                List.of(new Refusal.FieldNote(KEY_HEADER, "1–64 tecken av A–Z, a–z, 0–9 och . _ ~ -.")));
    }

    static Refusal keyReusedForAnotherRemiss() {
        return Refusal.conflict("idempotency-key-reused", "Nyckeln är redan använd för en annan remiss",
                "En remiss med samma " + KEY_HEADER + " men annat innehåll har redan tagits emot. Skicka en ny "
                        + "remiss med en ny nyckel. Inget har sparats.");
    }

    static Refusal consentMissing() {
        return Refusal.ruleNotMet("remiss-needs-consent", "Personens samtycke till remissen saknas",
                "En remiss med personuppgifter tas emot bara när personen har samtyckt till den (consentToReferral: "
                        + "true). Inget har sparats.", "consentToReferral");
    }

    static Refusal needsIndividualInsats() {
        return Refusal.ruleNotMet("remiss-needs-individual-insats", "Insatsen tar inte emot remisser",
                "Insatsen ges utan dokumenterad identitet (14 kap. 4 § eller 5 § socialtjänstlagen), så enheten tar "
                        + "inte emot personuppgifter om den. Personen kontaktar enheten direkt. Inget har sparats.",
                "insats");
    }

    static Refusal invalidIdentityNumber(String field) {
        return Refusal.ruleNotMet("invalid-identity-number", "Ogiltigt personnummer",
                "Personnumret eller samordningsnumret är inte giltigt: datumet eller kontrollsiffran stämmer inte. "
                        + "Inget har sparats.",
                List.of(new Refusal.FieldNote(field, "Inte ett giltigt personnummer eller samordningsnummer.")));
    }

    static Refusal notFound() {
        return Refusal.notFound("remiss-not-found", "Remissen finns inte",
                "Det finns ingen sådan remiss här.");
    }

    static Refusal alreadyDecided(RemissStatus status) {
        return Refusal.conflict("remiss-already-decided", "Remissen är redan avgjord",
                status == RemissStatus.ACCEPTED
                        ? "Remissen är redan antagen och ett ärende är öppnat. Den kan inte avgöras igen."
                        : "Remissen är redan avböjd. Den kan inte avgöras igen.");
    }
}
