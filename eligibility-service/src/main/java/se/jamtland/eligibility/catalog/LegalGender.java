package se.jamtland.eligibility.catalog;

/**
 * Gender in the legal sense, as recorded in the population register. Only ever a condition input (2.9
 * Gruppverksamhet: "kvinna i juridisk mening"); statistics use the gender the person states.
 */
public enum LegalGender {
    FEMALE,
    MALE
}
