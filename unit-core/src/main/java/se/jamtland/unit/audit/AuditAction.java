package se.jamtland.unit.audit;

/** What was done to an INDIVIDUAL record. */
public enum AuditAction {
    /** The case was opened, with its person and guardians. */
    CREATE,
    /** The whole record was shown. */
    READ,
    /** The case appeared in a listing (its summary, without identity). */
    LIST,
    /** A session, closure or journal note was written. */
    UPDATE,
    /** The record was disclosed outside the unit (utlämnande). */
    EXPORT
}
