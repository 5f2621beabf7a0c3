package se.jamtland.unit.cases.model;

import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.vocabulary.SessionKind;

import java.util.Optional;

/**
 * The session plan of the catalog entry the case was opened under, copied at intake so that sessions are
 * recorded while eligibility-service is down. The planned counts are what the method prescribes and are shown as
 * progress; only {@code maxSessions}, where the Bilaga states an upper limit, is enforced. Any count may be null:
 * the Bilaga gives none.
 */
public record SessionPlan(Integer plannedSessions, Integer plannedBoosters, Integer plannedFollowUps,
                          Integer maxSessions) {

    public static final SessionPlan NONE = new SessionPlan(null, null, null, null);

    /** Refused when the session would go past the insats's upper limit ("Upp till 20 samtal", 2.4). */
    public Optional<Refusal> refusesAnother(SessionKind kind, long sessionsHeld) {
        if (kind != SessionKind.SESSION || maxSessions == null || sessionsHeld < maxSessions) {
            return Optional.empty();
        }
        // The plan's upper limit is the insats itself; more is a new assessment.
        return Optional.of(Refusal.ruleNotMet("session-limit-reached", "Insatsens samtal är slut",
                "Insatsen omfattar upp till " + maxSessions + " samtal enligt Bilaga 1, och alla är "
                        + "registrerade. Fler samtal kräver en ny bedömning.", "kind"));
    }
}
