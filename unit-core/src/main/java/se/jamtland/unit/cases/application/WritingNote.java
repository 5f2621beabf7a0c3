package se.jamtland.unit.cases.application;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.identity.IdentityFreeFields;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A note on a case, in the form its regime allows: a journal note on an INDIVIDUAL record (14 kap. 3 § SoL), a
 * short working note on a DEIDENTIFIED case only if the identity guard finds nothing in it (14 kap. 5 §).
 */
@Singleton
public class WritingNote {

    private final CaseRecords records;
    private final CaseViews views;
    private final IdentityFreeFields identityFreeFields;
    private final CommandValidator validator;
    private final AccessLog accessLog;
    private final Clock clock;

    public WritingNote(CaseRecords records, CaseViews views, IdentityFreeFields identityFreeFields,
                       CommandValidator validator, AccessLog accessLog, Clock clock) {
        this.records = records;
        this.views = views;
        this.identityFreeFields = identityFreeFields;
        this.validator = validator;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    public Outcome<CaseView> writeWorkingNote(String caseCode, WriteNoteCommand command) {
        return CaseRefusals.withCase(records, caseCode, found -> {
            Optional<Refusal> refusal = found.refusesWorkingNote()
                    .or(() -> identityFreeFields.refusalOf(Map.of("text", command.text() == null ? "" : command.text())));
            return refusal.isPresent() ? Outcome.refused(refusal.get()) : write(found, command, date -> {
                // A DEIDENTIFIED case holds no identity, so there is no access to log.
                records.addWorkingNote(found.code(), date, command.text(), clock.instant());
            });
        });
    }

    @Transactional
    public Outcome<CaseView> writeJournalNote(String caseCode, WriteNoteCommand command) {
        return CaseRefusals.withCase(records, caseCode, found -> found.refusesJournalNote()
                .<Outcome<CaseView>>map(Outcome::refused)
                .orElseGet(() -> write(found, command, date -> {
                    records.addJournalNote(found.code(), date, command.text(), clock.instant());
                    accessLog.record(found.code(), AuditAction.UPDATE);
                })));
    }

    /** The note's own checks, then {@code writing} on the note's date. */
    private Outcome<CaseView> write(Case found, WriteNoteCommand command, Consumer<LocalDate> writing) {
        validator.requireValid(command);
        LocalDate date = command.date() != null ? command.date() : LocalDate.now(clock);
        Optional<Refusal> outside = found.refusesDate(date, LocalDate.now(clock), "date");
        if (outside.isPresent()) {
            return Outcome.refused(outside.get());
        }
        writing.accept(date);
        return Outcome.done(views.of(found));
    }
}
