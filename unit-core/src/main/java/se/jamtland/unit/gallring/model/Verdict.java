package se.jamtland.unit.gallring.model;

/** What the rules say of one candidate: it leaves, or it stays and why (the receipt counts each kind). */
public enum Verdict {
    GALLRA("gallras"),
    NOT_YET_DUE("tiden har inte gått ut"),
    HELD("kvarhålls av enhetschefen"),
    RESEARCH_SAMPLE("bevaras för forskning (födda den 5, 15 eller 25)");

    private final String reason;

    Verdict(String reason) {
        this.reason = reason;
    }

    /** In Swedish, for the unit manager. */
    public String reason() {
        return reason;
    }
}
