package se.jamtland.unit.audit;

import io.micronaut.context.annotation.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.runtime.metrics.SuiteMeters;

import java.time.Clock;

/**
 * Checks the access log's chain on its own, so a broken link reaches operations' log alerting the same day and
 * does not wait for the manager's next follow-up. The line names the row number only: nothing about who or
 * which case.
 */
// @Context, not @Singleton: created at start-up, so its gauges are on the first scrape. A scheduled bean is
// otherwise made when its task first runs (hours later), and an alert on a gauge that is absent never fires.
@Context
public class ChainWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ChainWatch.class);

    private final AuditReview review;
    private final Clock clock;
    /** The last check's result for the meters: -1 before the first, then 0 intact, 1 broken. */
    private volatile int broken = -1;
    private volatile long checkedAtSeconds;

    public ChainWatch(AuditReview review, MeterRegistry registry, Clock clock) {
        this.review = review;
        this.clock = clock;
        // Issue 16 §2, monitoring.yaml's AccessLogChainBroken: the scheduled check's last result, not a check per
        // scrape (a check reads the whole log). Before the first check the gauge has no value (NaN), not "intact".
        Gauge.builder(SuiteMeters.AUDIT_CHAIN_BROKEN, this, watch -> watch.broken < 0 ? Double.NaN : watch.broken)
                .description("1 when the access log's last chain check found a broken link, 0 when intact")
                .register(registry);
        Gauge.builder(SuiteMeters.AUDIT_CHAIN_LAST_CHECK, this, watch -> watch.checkedAtSeconds)
                .description("When the access log's chain was last checked, 0 before the first check")
                .baseUnit(SuiteMeters.SECONDS)
                .register(registry);
    }

    @Scheduled(fixedDelay = "${audit.verification.interval:6h}", initialDelay = "${audit.verification.initial-delay:5m}")
    public ChainVerification check() {
        ChainVerification result = review.verify();
        broken = result.intact() ? 0 : 1;
        checkedAtSeconds = clock.instant().getEpochSecond();
        if (result.intact()) {
            LOG.info("access log chain intact ({} rows)", result.rowsChecked());
        } else {
            LOG.error("ACCESS LOG CHAIN BROKEN at row {} ({} rows before it hold); see GET /audit/verification",
                    result.firstBrokenSeq(), result.rowsChecked());
        }
        return result;
    }
}
