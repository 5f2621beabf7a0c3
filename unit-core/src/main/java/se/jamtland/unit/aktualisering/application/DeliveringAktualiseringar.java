package se.jamtland.unit.aktualisering.application;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.access.CaseSystemCaller;
import se.jamtland.unit.aktualisering.infrastructure.AktualiseringRepository;
import se.jamtland.unit.aktualisering.infrastructure.AktualiseringRow;
import se.jamtland.unit.audit.AccessLog;
import se.jamtland.unit.audit.AuditAction;

import java.time.Clock;
import java.util.List;

/**
 * A kommun's case system fetches its own kommun's aktualiseringar not fetched before (issue 12). Those returned are
 * marked delivered and logged as disclosed (EXPORT, by the case system's client id) in the same transaction, so an
 * answer that never leaves the service (a rollback) delivers nothing, and none goes out twice. At most 100 at a time;
 * the case system asks again for more. Delivered ones are gallrade by the retention rules (a later issue).
 */
@Singleton
public class DeliveringAktualiseringar {

    private final AktualiseringRepository aktualiseringar;
    private final AccessLog accessLog;
    private final Clock clock;

    public DeliveringAktualiseringar(AktualiseringRepository aktualiseringar, AccessLog accessLog, Clock clock) {
        this.aktualiseringar = aktualiseringar;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    public DeliveredAktualiseringar deliverTo(CaseSystemCaller caller) {
        List<AktualiseringRow> undelivered = aktualiseringar.lockUndelivered(caller.kommun());
        if (!undelivered.isEmpty()) {
            List<String> ids = undelivered.stream().map(AktualiseringRow::id).toList();
            aktualiseringar.markDelivered(ids, clock.instant());
            accessLog.recordAll(ids, AuditAction.EXPORT);
        }
        return new DeliveredAktualiseringar(undelivered.stream().map(DeliveredAktualiseringar.Aktualisering::of)
                .toList());
    }
}
