package se.jamtland.unit.remiss.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.access.CaseSystemCaller;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.remiss.infrastructure.RemissGuardianRepository;
import se.jamtland.unit.remiss.infrastructure.RemissRepository;
import se.jamtland.unit.remiss.infrastructure.RemissRow;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Paging;

/**
 * The inbox for staff (every remiss shown is in the access log, in the same transaction) and the status for the
 * referring kommun (no identity shown, so no log row; another kommun's remiss reads as none at all).
 */
@Singleton
public class ReadingRemisser {

    private final RemissRepository remisser;
    private final RemissGuardianRepository guardians;
    private final AccessLog accessLog;

    public ReadingRemisser(RemissRepository remisser, RemissGuardianRepository guardians, AccessLog accessLog) {
        this.remisser = remisser;
        this.guardians = guardians;
        this.accessLog = accessLog;
    }

    /** Oldest first: the inbox is worked through in the order remisser came. RECEIVED unless asked otherwise. */
    @Transactional
    public PageView<RemissView> inbox(@Nullable RemissStatus status, @Nullable Integer page, @Nullable Integer size) {
        Page<RemissRow> found = remisser.listByStatus((status == null ? RemissStatus.RECEIVED : status).name(),
                Paging.of(page, size));
        accessLog.recordAll(found.getContent().stream().map(RemissRow::id).toList(), AuditAction.LIST);
        return PageView.of(found, RemissView::summary);
    }

    @Transactional
    public Outcome<RemissView> view(String id) {
        return remisser.findById(id).map(found -> {
            accessLog.record(found.id(), AuditAction.READ);
            return Outcome.done(RemissView.whole(found, guardians.findByRemissIdOrderById(found.id())));
        }).orElseGet(() -> Outcome.refused(RemissRefusals.notFound()));
    }

    /** The referring kommun's own remiss only; one of another kommun gets the very answer of one that is not. */
    public Outcome<RemissReceipt> statusFor(CaseSystemCaller caller, String id) {
        return remisser.findByIdAndKommun(id, caller.kommun()).map(RemissView::receiptOf)
                .<Outcome<RemissReceipt>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(RemissRefusals.notFound()));
    }
}
