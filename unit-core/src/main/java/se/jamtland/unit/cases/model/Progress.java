package se.jamtland.unit.cases.model;

import se.jamtland.unit.vocabulary.SessionKind;

import java.util.List;

/** Sessions held against the plan, per kind. */
public record Progress(long sessionsHeld, Integer sessionsPlanned, long boostersHeld, Integer boostersPlanned,
                       long followUpsHeld, Integer followUpsPlanned, Integer maxSessions) {

    static Progress of(SessionPlan plan, List<Session> held) {
        return new Progress(count(held, SessionKind.SESSION), plan.plannedSessions(),
                count(held, SessionKind.BOOSTER), plan.plannedBoosters(),
                count(held, SessionKind.FOLLOW_UP), plan.plannedFollowUps(), plan.maxSessions());
    }

    static long count(List<Session> held, SessionKind kind) {
        return held.stream().filter(session -> session.kind() == kind).count();
    }
}
