package se.jamtland.events;

/** What happened, in the past tense: the county counts these per month, unit, insats and kommun. */
public enum ActivityKind {
    ADVISORY_CONTACT,
    CASE_STARTED,
    SESSION_HELD,
    GROUP_SESSION_HELD,
    CASE_CLOSED,
    REFERRED_TO_NEEDS_ASSESSMENT
}
