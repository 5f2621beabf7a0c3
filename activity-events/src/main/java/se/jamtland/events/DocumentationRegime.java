package se.jamtland.events;

/**
 * How an insats must be documented, as the Bilaga's "Dokumentation" line says. The catalog decides it per
 * insats; a caller never chooses it.
 */
public enum DocumentationRegime {
    /** 14 kap. 4 § SoL: advisory conversations, documented without the person's personal circumstances. */
    ADVISORY("14 kap. 4 §"),
    /** 14 kap. 5 § SoL: special reasons; what could reveal identity must not be documented, de-identified data must. */
    DEIDENTIFIED("14 kap. 5 §"),
    /** 14 kap. 3 § SoL: an individual-level record with identity. */
    INDIVIDUAL("14 kap. 3 §");

    private final String section;

    DocumentationRegime(String section) {
        this.section = section;
    }

    /** The paragraph of 14 kap. SoL the regime rests on; a catalog entry's reference must cite it. */
    public String section() {
        return section;
    }
}
