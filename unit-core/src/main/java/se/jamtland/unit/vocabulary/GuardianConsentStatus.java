package se.jamtland.unit.vocabulary;

/** What was recorded about guardian consent when a case opened; the label is what the case page says. */
public enum GuardianConsentStatus {
    /** Under 15: consent was required and recorded as given. */
    GIVEN("Vårdnadshavarna har samtyckt"),
    /** 15 or older: no consent needed (Bilaga 1, avsnitt 1); guardians may still have consented. */
    NOT_REQUIRED("Inget samtycke från vårdnadshavare behövs");

    private final String label;

    GuardianConsentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
