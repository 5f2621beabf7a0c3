package se.jamtland.unit.vocabulary;

/** Who a record is disclosed (lämnas ut) to; the label is what staff choose on the case page. */
public enum Recipient {
    DATA_SUBJECT("Personen själv"),
    GUARDIAN("Vårdnadshavare"),
    AUTHORITY("En annan myndighet");

    private final String label;

    Recipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
