package se.jamtland.unit.remiss.application;

/**
 * Where a remiss stands, as the referring kommun sees it (issue 12): received, a case opened, or declined. The
 * Swedish label is what staff read in the inbox (issue 13).
 */
public enum RemissStatus {
    RECEIVED("Mottagen"),
    ACCEPTED("Antagen"),
    DECLINED("Avböjd");

    private final String label;

    RemissStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
