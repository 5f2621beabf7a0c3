package se.jamtland.unit.identity;

/**
 * A kind of data that can reveal who a person is. Records under 14 kap. 4 § SoL (advisory: no personal
 * circumstances) and 14 kap. 5 § SoL (särskilda skäl: nothing that can reveal identity) must contain none of them.
 */
public enum IdentityKind {
    PERSONAL_IDENTITY_NUMBER("personnummer eller samordningsnummer"),
    PHONE_NUMBER("telefonnummer"),
    EMAIL_ADDRESS("e-postadress"),
    STREET_ADDRESS("gatuadress");

    private final String swedishDescription;

    IdentityKind(String swedishDescription) {
        this.swedishDescription = swedishDescription;
    }

    /** What staff read in the error: the kind of data, never the data itself. */
    public String swedishDescription() {
        return swedishDescription;
    }
}
