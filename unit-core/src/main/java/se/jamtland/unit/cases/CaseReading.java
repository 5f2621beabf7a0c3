package se.jamtland.unit.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.unit.vocabulary.SessionKind;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Paging;

import java.util.List;

/** Reads cases; works without eligibility-service, since each case carries its plan and regime. */
@Singleton
public class CaseReading {

    private final CaseRepository cases;
    private final SessionRepository sessions;
    private final WorkingNoteRepository workingNotes;
    private final JournalNoteRepository journal;
    private final PersonRepository persons;
    private final GuardianRepository guardians;
    private final AccessLog accessLog;

    public CaseReading(CaseRepository cases, SessionRepository sessions, WorkingNoteRepository workingNotes,
                       JournalNoteRepository journal, PersonRepository persons, GuardianRepository guardians,
                       AccessLog accessLog) {
        this.accessLog = accessLog;
        this.cases = cases;
        this.sessions = sessions;
        this.workingNotes = workingNotes;
        this.journal = journal;
        this.persons = persons;
        this.guardians = guardians;
    }

    /** The case, or a 404 that says no more than that (no hint whether a code exists elsewhere). */
    public CaseRow require(String caseCode) {
        return (CaseCodes.looksLikeACaseCode(caseCode) ? cases.findById(caseCode) : java.util.Optional.<CaseRow>empty())
                .orElseThrow(() -> ProblemException.notFound("case-not-found", "Ärendet finns inte",
                        "Det finns inget ärende med det numret hos enheten."));
    }

    /** The whole record; reading an INDIVIDUAL one is logged in the same transaction. */
    @Transactional
    public CaseView view(String caseCode) {
        CaseRow row = require(caseCode);
        logIfIndividual(row, AuditAction.READ);
        return view(row);
    }

    void logIfIndividual(CaseRow row, AuditAction action) {
        logIfIndividual(List.of(row), action);
    }

    /** An INDIVIDUAL record's access goes in the access log; the other regimes hold no identity to log. */
    void logIfIndividual(List<CaseRow> rows, AuditAction action) {
        accessLog.recordAll(rows.stream().filter(row -> row.regime() == DocumentationRegime.INDIVIDUAL)
                .map(CaseRow::caseCode).toList(), action);
    }

    @Transactional
    public CaseView view(CaseRow row) {
        List<SessionRow> held = sessions.findByCase(row.caseCode());
        boolean individual = row.regime() == DocumentationRegime.INDIVIDUAL;
        List<CaseView.NoteView> notes = individual
                ? journal.findByCase(row.caseCode()).stream()
                        .map(note -> new CaseView.NoteView(note.id(), note.writtenOn(), note.note())).toList()
                : workingNotes.findByCase(row.caseCode()).stream()
                        .map(note -> new CaseView.NoteView(note.id(), note.writtenOn(), note.note())).toList();
        CaseView.PersonView person = individual ? persons.findById(row.caseCode())
                .map(p -> new CaseView.PersonView(p.identityNumber(), p.givenName(), p.familyName(), p.phone(),
                        p.email(), p.address()))
                .orElse(null) : null;
        List<CaseView.GuardianView> guardianViews = individual ? guardians.findByCaseCode(row.caseCode()).stream()
                .map(g -> new CaseView.GuardianView(g.name(), g.identityNumber(), g.phone())).toList() : null;
        CaseView summary = CaseView.summary(row);
        return new CaseView(summary.caseCode(), summary.insats(), summary.regime(), summary.startDate(),
                summary.ageBand(), summary.gender(), summary.kommun(), summary.guardianConsent(),
                summary.guardianSecrecy(), summary.catalogVersion(), summary.linkedCaseCode(), summary.open(),
                summary.closedDate(), summary.closureReason(), progress(row, held),
                held.stream().map(s -> new CaseView.SessionView(s.id(), s.sessionDate(), s.kind(), s.channel(),
                        s.participantCount())).toList(),
                notes, person, guardianViews);
    }

    /** Summaries only, without identity; still, each INDIVIDUAL case shown is logged as listed. */
    @Transactional
    public PageView<CaseView> list(@Nullable String insats, @Nullable Boolean open, @Nullable Integer page,
                                   @Nullable Integer size) {
        Page<CaseRow> found = cases.list(insats, open, Paging.of(page, size));
        logIfIndividual(found.getContent(), AuditAction.LIST);
        return PageView.of(found, CaseView::summary);
    }

    private static CaseView.Progress progress(CaseRow row, List<SessionRow> held) {
        return new CaseView.Progress(count(held, SessionKind.SESSION), row.plannedSessions(),
                count(held, SessionKind.BOOSTER), row.plannedBooster(),
                count(held, SessionKind.FOLLOW_UP), row.plannedFollowUp(), row.maxSessions());
    }

    private static long count(List<SessionRow> held, SessionKind kind) {
        return held.stream().filter(session -> session.kind() == kind).count();
    }
}
