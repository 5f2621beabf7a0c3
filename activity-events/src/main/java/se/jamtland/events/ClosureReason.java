package se.jamtland.events;

/**
 * Why a case closed (domain.md, "Statistics vocabulary"). The label is what staff read when they close a case and
 * on the case page; the code is what events and the API carry.
 */
public enum ClosureReason {
    COMPLETED("Insatsen är genomförd"),
    DISCONTINUED("Insatsen avbröts"),
    REFERRED("Personen hänvisades vidare");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
