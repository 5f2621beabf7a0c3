package se.jamtland.unit.cases.application;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.ActivityKind;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.cases.model.Session;
import se.jamtland.unit.outbox.ActivityEvents;
import se.jamtland.unit.outbox.Outbox;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.vocabulary.SessionKind;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A session held on an open case, within its plan and through a channel of its insats. Needs nothing from
 * eligibility-service: the case carries what the catalog said at intake.
 */
@Singleton
public class RecordingSession {

    private final CaseRecords records;
    private final CaseViews views;
    private final CommandValidator validator;
    private final Outbox outbox;
    private final ActivityEvents events;
    private final AccessLog accessLog;
    private final Clock clock;

    public RecordingSession(CaseRecords records, CaseViews views, CommandValidator validator, Outbox outbox,
                            ActivityEvents events, AccessLog accessLog, Clock clock) {
        this.records = records;
        this.views = views;
        this.validator = validator;
        this.outbox = outbox;
        this.events = events;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    public Outcome<CaseView> record(String caseCode, RecordSessionCommand command) {
        validator.requireValid(command);
        return CaseRefusals.withCase(records, caseCode, open -> {
            LocalDate date = command.date() != null ? command.date() : LocalDate.now(clock);
            SessionKind kind = command.kind() != null ? command.kind() : SessionKind.SESSION;
            Optional<Refusal> refusal = open.refusesChange()
                    .or(() -> open.refusesDate(date, LocalDate.now(clock), "date"))
                    .or(() -> open.refusesSession(kind, command.channel(),
                            records.sessionsHeld(open.code(), SessionKind.SESSION)));
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
            records.addSession(open.code(), new Session(null, date, kind, command.channel(),
                    command.participantCount()), clock.instant());
            outbox.append(events.caseEvent(ActivityKind.SESSION_HELD, open, date, command.channel(),
                    command.participantCount(), null));
            if (open.isAccessLogged()) {
                accessLog.record(open.code(), AuditAction.UPDATE);
            }
            return Outcome.done(views.of(open));
        });
    }
}
