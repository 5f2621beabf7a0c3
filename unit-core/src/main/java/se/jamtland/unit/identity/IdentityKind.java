package se.jamtland.unit.identity;

/**
 * A kind of data that can reveal who a person is. Records under 14 kap. 4 § SoL (advisory: no personal
 * circumstances) and 14 kap. 5 § SoL (särskilda skäl: nothing that can reveal identity) must contain none of them.
 * Each kind says what staff can write instead: the de-identified data the record may hold (domain.md).
 */
public enum IdentityKind {
    PERSONAL_IDENTITY_NUMBER("personnummer eller samordningsnummer",
            "Ta bort numret. Ärendet hittas med sin ärendekod."),
    PHONE_NUMBER("telefonnummer", "Ta bort numret."),
    EMAIL_ADDRESS("e-postadress", "Ta bort adressen."),
    STREET_ADDRESS("gatuadress", "Skriv kommunen i stället för adressen."),
    BIRTH_DATE("födelsedatum", "Skriv åldern i stället för datumet."),
    PERSONAL_NAME("namn",
            "Skriv en roll i stället för namnet, till exempel klienten, partnern, barnet, mamman eller kuratorn."),
    SCHOOL("skola", "Skriv skolform i stället för skolans namn, till exempel \"går i grundskolan\"."),
    WORKPLACE("arbetsplats", "Skriv yrkesområdet utan arbetsplats, till exempel \"arbetar inom vården\"."),
    PLACE("ort eller plats", "Skriv kommunen i stället för orten eller platsen.");

    private final String swedishDescription;
    private final String swedishSuggestion;

    IdentityKind(String swedishDescription, String swedishSuggestion) {
        this.swedishDescription = swedishDescription;
        this.swedishSuggestion = swedishSuggestion;
    }

    /** What staff read in the error: the kind of data, never the data itself. */
    public String swedishDescription() {
        return swedishDescription;
    }

    /**
     * What staff can write instead: a role, an age, a kommun. Fixed words only, no figures or places, so that
     * nothing in an answer can be mistaken for an echo of the text sent.
     */
    public String swedishSuggestion() {
        return swedishSuggestion;
    }
}
