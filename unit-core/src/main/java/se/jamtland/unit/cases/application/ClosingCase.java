package se.jamtland.unit.cases.application;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.ActivityKind;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.outbox.ActivityEvents;
import se.jamtland.unit.outbox.Outbox;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Closing an open case, with the reason the county counts (completed, discontinued, referred). */
@Singleton
public class ClosingCase {

    private final CaseRecords records;
    private final CaseViews views;
    private final CommandValidator validator;
    private final Outbox outbox;
    private final ActivityEvents events;
    private final AccessLog accessLog;
    private final Clock clock;

    public ClosingCase(CaseRecords records, CaseViews views, CommandValidator validator, Outbox outbox,
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
    public Outcome<CaseView> close(String caseCode, CloseCaseCommand command) {
        validator.requireValid(command);
        return CaseRefusals.withCase(records, caseCode, open -> {
            LocalDate date = command.date() != null ? command.date() : LocalDate.now(clock);
            Optional<Refusal> refusal = open.refusesChange()
                    .or(() -> open.refusesDate(date, LocalDate.now(clock), "date"));
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
            Case closed = open.closedOn(date, command.reason());
            records.update(closed);
            outbox.append(events.caseEvent(ActivityKind.CASE_CLOSED, closed, date, null, null, command.reason()));
            if (closed.isAccessLogged()) {
                accessLog.record(closed.code(), AuditAction.UPDATE);
            }
            return Outcome.done(views.of(closed));
        });
    }
}
