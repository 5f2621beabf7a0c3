package se.jamtland.unit.cases.application;

import jakarta.inject.Singleton;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.cases.model.Session;

import java.util.List;

/**
 * A case as staff see it, with its sessions, progress and notes, and the identity of an INDIVIDUAL record. It
 * only reads; whoever shows the view logs the access, where the regime asks for it.
 */
@Singleton
public class CaseViews {

    private final CaseRecords records;

    public CaseViews(CaseRecords records) {
        this.records = records;
    }

    /** The summary (no sessions, notes or identity) with the progress against the plan. */
    public CaseView withProgress(Case record) {
        CaseView summary = CaseView.summary(record);
        return new CaseView(summary.caseCode(), summary.insats(), summary.regime(), summary.startDate(),
                summary.ageBand(), summary.gender(), summary.kommun(), summary.guardianConsent(),
                summary.guardianSecrecy(), summary.catalogVersion(), summary.linkedCaseCode(), summary.open(),
                summary.closedDate(), summary.closureReason(),
                CaseView.of(record.progress(records.sessionsOf(record.code()))), null, null, null, null);
    }

    public CaseView of(Case record) {
        List<Session> held = records.sessionsOf(record.code());
        CaseView summary = CaseView.summary(record);
        boolean individual = record.keepsJournal();
        CaseView.PersonView person = individual ? records.personOf(record.code())
                .map(p -> new CaseView.PersonView(p.identityNumber(), p.givenName(), p.familyName(), p.phone(),
                        p.email(), p.address()))
                .orElse(null) : null;
        List<CaseView.GuardianView> guardians = individual ? records.guardiansOf(record.code()).stream()
                .map(g -> new CaseView.GuardianView(g.name(), g.identityNumber(), g.phone())).toList() : null;
        return new CaseView(summary.caseCode(), summary.insats(), summary.regime(), summary.startDate(),
                summary.ageBand(), summary.gender(), summary.kommun(), summary.guardianConsent(),
                summary.guardianSecrecy(), summary.catalogVersion(), summary.linkedCaseCode(), summary.open(),
                summary.closedDate(), summary.closureReason(), CaseView.of(record.progress(held)),
                held.stream().map(s -> new CaseView.SessionView(s.id(), s.date(), s.kind(), s.channel(),
                        s.participantCount())).toList(),
                records.notesOf(record).stream().map(note -> new CaseView.NoteView(note.id(), note.date(),
                        note.text())).toList(),
                person, guardians);
    }
}
