package se.jamtland.eligibility.catalog;

/** The kinds of villkor the Bilaga uses: summary, simple to establish, no assessment (Bilaga 1, avsnitt 1). */
public enum ConditionType {
    /** "15 år och uppåt", "18 år och uppåt", "Personer som fyllt 18 år". */
    MIN_AGE,
    /** "kvinna i juridisk mening" (2.9). */
    LEGAL_GENDER
}
