package se.jamtland.unit.audit;

/**
 * What was done to an INDIVIDUAL record: a case, a remiss or an aktualisering (issue 12). The Swedish label is
 * what the unit manager reads in the log follow-up (issue 13).
 */
public enum AuditAction {
    /** The case was opened, with its person and guardians. */
    CREATE("Skapad"),
    /** The whole record was shown. */
    READ("Läst"),
    /** The case appeared in a listing (its summary, without identity). */
    LIST("Visad i en lista"),
    /** A session, closure or journal note was written. */
    UPDATE("Ändrad"),
    /** The record was disclosed outside the unit (utlämnande); also an aktualisering fetched by its kommun. */
    EXPORT("Utlämnad"),
    /** A remiss was accepted: a case was opened from it (the case's own CREATE is logged too). */
    ACCEPT("Remiss antagen"),
    /** A remiss was declined, with a reason from the fixed list. */
    DECLINE("Remiss avböjd");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
