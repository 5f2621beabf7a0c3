package se.jamtland.unit.audit;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the access log's chain on its own, so a broken link reaches operations' log alerting the same day and
 * does not wait for the manager's next follow-up. The line names the row number only: nothing about who or
 * which case.
 */
@Singleton
public class ChainWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ChainWatch.class);

    private final AuditReview review;

    public ChainWatch(AuditReview review) {
        this.review = review;
    }

    @Scheduled(fixedDelay = "${audit.verification.interval:6h}", initialDelay = "${audit.verification.initial-delay:5m}")
    public ChainVerification check() {
        ChainVerification result = review.verify();
        if (result.intact()) {
            LOG.info("access log chain intact ({} rows)", result.rowsChecked());
        } else {
            LOG.error("ACCESS LOG CHAIN BROKEN at row {} ({} rows before it hold); see GET /audit/verification",
                    result.firstBrokenSeq(), result.rowsChecked());
        }
        return result;
    }
}
