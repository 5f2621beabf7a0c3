package se.jamtland.unit.vocabulary;

/**
 * The kinds of session a plan counts (Bilaga 1: "15 sessioner och 3 booster-sessioner", "8 sessioner och 4
 * uppföljningar"). {@code label} names one session, {@code plural} several, as the case page's progress reads.
 */
public enum SessionKind {
    SESSION("Session", "sessioner"),
    BOOSTER("Boostersession", "boostersessioner"),
    FOLLOW_UP("Uppföljningssession", "uppföljningssessioner");

    private final String label;
    private final String plural;

    SessionKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }
}
