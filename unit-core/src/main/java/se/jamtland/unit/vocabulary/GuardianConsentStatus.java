package se.jamtland.unit.vocabulary;

/** What was recorded about guardian consent when a case opened. */
public enum GuardianConsentStatus {
    /** Under 15: consent was required and recorded as given. */
    GIVEN,
    /** 15 or older: no consent needed (Bilaga 1, avsnitt 1); guardians may still have consented. */
    NOT_REQUIRED
}
