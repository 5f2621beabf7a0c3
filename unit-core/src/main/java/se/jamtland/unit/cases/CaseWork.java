package se.jamtland.unit.cases;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.ActivityKind;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.advisory.ChannelPolicy;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.identity.IdentityScreen;
import se.jamtland.unit.outbox.ActivityEvents;
import se.jamtland.unit.outbox.Outbox;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.vocabulary.SessionKind;
import se.jamtland.unit.web.CommandValidator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Everything done on an open case: sessions, closure, notes. None of it needs eligibility-service, so the
 * daily work goes on while it is down.
 */
@Singleton
public class CaseWork {

    private final CaseReading reading;
    private final CaseRepository cases;
    private final SessionRepository sessions;
    private final WorkingNoteRepository workingNotes;
    private final JournalNoteRepository journal;
    private final IdentityScreen identityScreen;
    private final ChannelPolicy channels;
    private final CommandValidator validator;
    private final Outbox outbox;
    private final ActivityEvents events;
    private final Clock clock;

    public CaseWork(CaseReading reading, CaseRepository cases, SessionRepository sessions,
                    WorkingNoteRepository workingNotes, JournalNoteRepository journal, IdentityScreen identityScreen,
                    ChannelPolicy channels, CommandValidator validator, Outbox outbox, ActivityEvents events,
                    Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.reading = reading;
        this.cases = cases;
        this.sessions = sessions;
        this.workingNotes = workingNotes;
        this.journal = journal;
        this.identityScreen = identityScreen;
        this.channels = channels;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public CaseView recordSession(String caseCode, RecordSessionCommand command) {
        validator.requireValid(command);
        CaseRow row = requireOpen(caseCode);
        LocalDate date = onOrAfterStart(row, command.date(), "date");
        SessionKind kind = command.kind() != null ? command.kind() : SessionKind.SESSION;
        if (command.channel() != null) {
            channels.requireAllowed(row.insats(), command.channel(), "channel");
        }
        // "Upp till 20 samtal" (2.4): the plan's upper limit is the insats itself; more is a new assessment.
        if (kind == SessionKind.SESSION && row.maxSessions() != null
                && sessions.countByCaseCodeAndKind(caseCode, SessionKind.SESSION) >= row.maxSessions()) {
            throw ProblemException.unprocessable("session-limit-reached", "Insatsens samtal är slut",
                    "Insatsen omfattar upp till " + row.maxSessions() + " samtal enligt Bilaga 1, och alla är "
                            + "registrerade. Fler samtal kräver en ny bedömning.", "kind");
        }
        sessions.save(new SessionRow(null, caseCode, date, kind, command.channel(), command.participantCount(),
                clock.instant()));
        outbox.append(events.caseEvent(ActivityKind.SESSION_HELD, row, date, command.channel(),
                command.participantCount(), null));
        reading.logIfIndividual(row, AuditAction.UPDATE);
        return reading.view(row);
    }

    @Transactional
    public CaseView close(String caseCode, CloseCaseCommand command) {
        validator.requireValid(command);
        CaseRow row = requireOpen(caseCode);
        LocalDate date = onOrAfterStart(row, command.date(), "date");
        CaseRow closed = row.closed(date, command.reason());
        cases.update(closed);
        outbox.append(events.caseEvent(ActivityKind.CASE_CLOSED, closed, date, null, null, command.reason()));
        reading.logIfIndividual(closed, AuditAction.UPDATE);
        return reading.view(closed);
    }

    /** A working note on a DEIDENTIFIED case: only if the identity guard finds nothing (14 kap. 5 § SoL). */
    @Transactional
    public CaseView writeWorkingNote(String caseCode, WriteNoteCommand command) {
        CaseRow row = reading.require(caseCode);
        if (row.regime() != DocumentationRegime.DEIDENTIFIED) {
            throw ProblemException.unprocessable("notes-are-journal", "Använd journalen",
                    "Ärendet dokumenteras på individnivå; skriv i journalen (POST /cases/{caseCode}/journal).",
                    "text");
        }
        identityScreen.requireNoIdentity(Map.of("text", command.text() == null ? "" : command.text()));
        validator.requireValid(command);
        LocalDate date = onOrAfterStart(row, command.date(), "date");
        workingNotes.save(new WorkingNoteRow(null, caseCode, date, command.text(), clock.instant()));
        return reading.view(row);
    }

    /** A journal note on an INDIVIDUAL record (14 kap. 3 § SoL); any other regime has no journal. */
    @Transactional
    public CaseView writeJournalNote(String caseCode, WriteNoteCommand command) {
        CaseRow row = reading.require(caseCode);
        if (row.regime() != DocumentationRegime.INDIVIDUAL) {
            throw ProblemException.unprocessable("no-journal-for-regime", "Ärendet har ingen journal",
                    "Insatsen dokumenteras utan uppgifter som kan röja identitet (14 kap. 5 § SoL) och har ingen "
                            + "journal. Korta arbetsanteckningar utan identitet: POST /cases/{caseCode}/notes.",
                    "text");
        }
        validator.requireValid(command);
        LocalDate date = onOrAfterStart(row, command.date(), "date");
        journal.save(new JournalNoteRow(null, caseCode, date, command.text(), clock.instant()));
        reading.logIfIndividual(row, AuditAction.UPDATE);
        return reading.view(row);
    }

    private CaseRow requireOpen(String caseCode) {
        CaseRow row = reading.require(caseCode);
        if (!row.isOpen()) {
            throw ProblemException.conflict("case-closed", "Ärendet är avslutat",
                    "Ärendet avslutades " + row.closedDate() + " och kan inte ändras.");
        }
        return row;
    }

    private LocalDate onOrAfterStart(CaseRow row, LocalDate given, String field) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = given != null ? given : today;
        if (date.isBefore(row.startDate()) || date.isAfter(today)) {
            throw ProblemException.unprocessable("date-outside-case", "Datum utanför ärendet",
                    "Datumet ska vara från ärendets start (" + row.startDate() + ") till idag.", field);
        }
        return date;
    }
}
