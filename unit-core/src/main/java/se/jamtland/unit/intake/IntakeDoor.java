package se.jamtland.unit.intake;

/**
 * The record an intake opens, and so which field names and words its refusals use. A krissamtal (Barnahus 5.1) is
 * an advisory contact with the barnförhör it belongs to.
 */
public enum IntakeDoor {
    /** A case under 14 kap. 5 § (DEIDENTIFIED) or 3 § (INDIVIDUAL) SoL: {@code POST /cases}. */
    CASE("startDate"),
    /** An advisory contact under 14 kap. 4 § SoL: {@code POST /advisory-contacts}, {@code POST /krissamtal}. */
    ADVISORY_CONTACT("date");

    private final String dateField;

    IntakeDoor(String dateField) {
        this.dateField = dateField;
    }

    /** What the request calls the day the insats began or the contact took place. */
    public String dateField() {
        return dateField;
    }
}
