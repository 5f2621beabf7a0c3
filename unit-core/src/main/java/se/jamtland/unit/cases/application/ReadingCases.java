package se.jamtland.unit.cases.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.Channel;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.cases.infrastructure.CaseRecords;
import se.jamtland.unit.cases.model.Case;
import se.jamtland.unit.policy.ChannelsOffered;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.web.PageView;

import java.util.List;

/** Reading cases; works while eligibility-service is down, since each case carries its plan and regime. */
@Singleton
public class ReadingCases {

    private final CaseRecords records;
    private final CaseViews views;
    private final AccessLog accessLog;

    public ReadingCases(CaseRecords records, CaseViews views, AccessLog accessLog) {
        this.records = records;
        this.views = views;
        this.accessLog = accessLog;
    }

    /** The whole record; reading an INDIVIDUAL one is logged in the same transaction. */
    @Transactional
    public Outcome<CaseView> view(String caseCode) {
        return records.find(caseCode).map(found -> {
            if (found.isAccessLogged()) {
                accessLog.record(found.code(), AuditAction.READ);
            }
            return Outcome.done(views.of(found));
        }).orElseGet(() -> Outcome.refused(Case.notFound()));
    }

    /**
     * The channels a session of the case may take (what the catalog said at intake), for a form that offers only
     * those; empty for a code that names no case here. Shows no identity, so it is no access to log.
     */
    @Transactional
    public List<Channel> sessionChannels(String caseCode) {
        return records.find(caseCode).map(found -> ChannelsOffered.offered(found.channels())).orElse(List.of());
    }

    /** Summaries only, without identity; still, each INDIVIDUAL case shown is logged as listed. */
    @Transactional
    public PageView<CaseView> list(@Nullable String insats, @Nullable Boolean open, @Nullable Integer page,
                                   @Nullable Integer size) {
        return PageView.of(listed(insats, open, page, size), CaseView::summary);
    }

    /**
     * The summaries with each case's progress against its plan (the start page's open cases, issue 13): still
     * without identity, and logged as listed like {@link #list}.
     */
    @Transactional
    public PageView<CaseView> listWithProgress(@Nullable String insats, @Nullable Boolean open,
                                               @Nullable Integer page, @Nullable Integer size) {
        return PageView.of(listed(insats, open, page, size), views::withProgress);
    }

    /**
     * Whether a case of this code is held here, for a search that then opens it: nothing of the record is read,
     * so nothing is logged; the case's page logs its read.
     */
    @Transactional
    public boolean exists(String caseCode) {
        return records.find(caseCode).isPresent();
    }

    private Page<Case> listed(@Nullable String insats, @Nullable Boolean open, @Nullable Integer page,
                              @Nullable Integer size) {
        Page<Case> found = records.list(insats, open, page, size);
        accessLog.recordAll(found.getContent().stream().filter(Case::isAccessLogged).map(Case::code).toList(),
                AuditAction.LIST);
        return found;
    }
}
