package se.jamtland.unit.cases.infrastructure;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import se.jamtland.events.Channel;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.cases.model.CaseGuardian;
import se.jamtland.unit.cases.model.CasePerson;
import se.jamtland.unit.cases.model.Closure;
import se.jamtland.unit.cases.model.DeidentifiedProfile;
import se.jamtland.unit.cases.model.Note;
import se.jamtland.unit.cases.model.Session;
import se.jamtland.unit.cases.model.SessionPlan;
import se.jamtland.unit.identity.PersonalIdentityNumber;
import se.jamtland.unit.vocabulary.SessionKind;
import se.jamtland.unit.web.Paging;

import io.micronaut.data.model.Page;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The unit's cases in its own database: a {@link Case} and what belongs to it, written and read as rows. The
 * callers' transactions decide what is written together; this class only maps.
 */
@Singleton
public class CaseRecords {

    /** The unique key that keeps one person to one open case of an insats (V4 migration). */
    static final String ONE_OPEN_CASE_PER_INSATS = "case_person_one_open_per_insats";
    private static final int CODE_ATTEMPTS = 5;

    private final CaseRepository cases;
    private final SessionRepository sessions;
    private final WorkingNoteRepository workingNotes;
    private final JournalNoteRepository journal;
    private final PersonRepository persons;
    private final GuardianRepository guardians;
    private final CaseCodes codes;

    public CaseRecords(CaseRepository cases, SessionRepository sessions, WorkingNoteRepository workingNotes,
                       JournalNoteRepository journal, PersonRepository persons, GuardianRepository guardians,
                       CaseCodes codes) {
        this.cases = cases;
        this.sessions = sessions;
        this.workingNotes = workingNotes;
        this.journal = journal;
        this.persons = persons;
        this.guardians = guardians;
        this.codes = codes;
    }

    /** The case, if the code names one here; a text that is no case code is never looked up. */
    public Optional<Case> find(String caseCode) {
        return CaseCodes.looksLikeACaseCode(caseCode) ? cases.findById(caseCode).map(CaseRecords::toCase)
                : Optional.empty();
    }

    public Page<Case> list(String insats, Boolean open, Integer page, Integer size) {
        return cases.list(insats, open, Paging.of(page, size)).map(CaseRecords::toCase);
    }

    /**
     * Stores a new case under a fresh code, with the person and guardians of an INDIVIDUAL record. Call it inside
     * a transaction: all of it is written, or none.
     */
    public Case create(Case draft, CasePerson person, List<CaseGuardian> guardianList) {
        Case stored = draft.storedAs(freeCode());
        cases.save(toRow(stored));
        if (person != null) {
            persons.save(new PersonRow(stored.code(), person.identityNumber().twelveDigits(), person.givenName(),
                    person.familyName(), person.phone(), person.email(), person.address(), stored.insats()));
            for (CaseGuardian guardian : guardianList) {
                guardians.save(new GuardianRow(null, stored.code(), guardian.name(), guardian.identityNumber(),
                        guardian.phone()));
            }
        }
        return stored;
    }

    public void update(Case changed) {
        cases.update(toRow(changed));
    }

    public List<Session> sessionsOf(String caseCode) {
        return sessions.findByCase(caseCode).stream()
                .map(row -> new Session(row.id(), row.sessionDate(), row.kind(), row.channel(), row.participantCount()))
                .toList();
    }

    public long sessionsHeld(String caseCode, SessionKind kind) {
        return sessions.countByCaseCodeAndKind(caseCode, kind);
    }

    public void addSession(String caseCode, Session session, Instant recordedAt) {
        sessions.save(new SessionRow(null, caseCode, session.date(), session.kind(), session.channel(),
                session.participantCount(), recordedAt));
    }

    public void addWorkingNote(String caseCode, LocalDate date, String text, Instant recordedAt) {
        workingNotes.save(new WorkingNoteRow(null, caseCode, date, text, recordedAt));
    }

    public void addJournalNote(String caseCode, LocalDate date, String text, Instant recordedAt) {
        journal.save(new JournalNoteRow(null, caseCode, date, text, recordedAt));
    }

    /** The journal of an INDIVIDUAL record, or the working notes of a DEIDENTIFIED case. */
    public List<Note> notesOf(Case record) {
        return record.keepsJournal()
                ? journal.findByCase(record.code()).stream()
                        .map(note -> new Note(note.id(), note.writtenOn(), note.note())).toList()
                : workingNotes.findByCase(record.code()).stream()
                        .map(note -> new Note(note.id(), note.writtenOn(), note.note())).toList();
    }

    public Optional<PersonRow> personOf(String caseCode) {
        return persons.findById(caseCode);
    }

    public List<GuardianRow> guardiansOf(String caseCode) {
        return guardians.findByCaseCode(caseCode);
    }

    /** The person's open case of the insats, by identity number. */
    public Optional<String> openCaseOf(PersonalIdentityNumber identityNumber, String insats) {
        return persons.findOpenCaseCode(identityNumber.twelveDigits(), insats);
    }

    /** True when a write failed on the unique key: another intake of the same person won the race. */
    public static boolean lostTheRaceForOneOpenCase(DataAccessException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // The driver's message quotes the duplicate entry (the identity number): it is read, never logged.
            if (cause instanceof SQLIntegrityConstraintViolationException violation
                    && violation.getMessage() != null && violation.getMessage().contains(ONE_OPEN_CASE_PER_INSATS)) {
                return true;
            }
        }
        return false;
    }

    /** A collision is astronomically rare, but a duplicate key must never surface as a 5xx. */
    private String freeCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = codes.next();
            if (!cases.existsById(code)) {
                return code;
            }
        }
        throw new DataAccessException("No free case code after " + CODE_ATTEMPTS + " attempts");
    }

    static Case toCase(CaseRow row) {
        return new Case(row.caseCode(), row.insats(), row.regime(), row.startDate(),
                new DeidentifiedProfile(row.ageBand(), row.gender(), row.kommun()), row.guardianConsent(),
                row.guardianSecrecy(), row.catalogVersion(),
                new SessionPlan(row.plannedSessions(), row.plannedBooster(), row.plannedFollowUp(), row.maxSessions()),
                row.channels() == null ? Set.of() : Arrays.stream(row.channels().split(","))
                        .map(Channel::valueOf).collect(Collectors.toSet()),
                row.linkedCaseCode(), row.closedDate() == null ? null
                : new Closure(row.closedDate(), row.closureReason()), row.createdAt());
    }

    static CaseRow toRow(Case record) {
        SessionPlan plan = record.plan();
        DeidentifiedProfile profile = record.profile();
        return new CaseRow(record.code(), record.insats(), record.regime(), record.startDate(), profile.ageBand(),
                profile.gender(), profile.kommun(), record.guardianConsent(), record.guardianSecrecy(),
                record.catalogVersion(), plan.plannedSessions(), plan.plannedBoosters(), plan.plannedFollowUps(),
                plan.maxSessions(), record.channels().isEmpty() ? null : record.channels().stream().map(Enum::name)
                        .sorted().collect(Collectors.joining(",")),
                record.linkedCaseCode(), record.closure() == null ? null : record.closure().date(),
                record.closure() == null ? null : record.closure().reason(), record.createdAt());
    }
}
