package se.jamtland.unit.audit;

/** What was done to an INDIVIDUAL record: a case, a remiss or an aktualisering (issue 12). */
public enum AuditAction {
    /** The case was opened, with its person and guardians. */
    CREATE,
    /** The whole record was shown. */
    READ,
    /** The case appeared in a listing (its summary, without identity). */
    LIST,
    /** A session, closure or journal note was written. */
    UPDATE,
    /** The record was disclosed outside the unit (utlämnande); also an aktualisering fetched by its kommun. */
    EXPORT,
    /** A remiss was accepted: a case was opened from it (the case's own CREATE is logged too). */
    ACCEPT,
    /** A remiss was declined, with a reason from the fixed list. */
    DECLINE
}
