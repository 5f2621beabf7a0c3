package se.jamtland.unit.vocabulary;

/** As eligibility-service's catalog decides it per insats; a caller never chooses it. */
public enum DocumentationRegime {
    /** 14 kap. 4 § SoL. */
    ADVISORY,
    /** 14 kap. 5 § SoL. */
    DEIDENTIFIED,
    /** 14 kap. 3 § SoL. */
    INDIVIDUAL
}
