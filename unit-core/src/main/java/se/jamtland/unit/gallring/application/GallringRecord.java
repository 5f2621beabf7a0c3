package se.jamtland.unit.gallring.application;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.unit.audit.AccessLogRetention;
import se.jamtland.unit.gallring.infrastructure.GallringRecords;
import se.jamtland.unit.gallring.infrastructure.GallringRuns;
import se.jamtland.unit.gallring.model.GallringPolicies;
import se.jamtland.unit.gallring.model.RetentionRule;
import se.jamtland.unit.gallring.model.Verdict;

import java.time.LocalDate;

/**
 * One record, one transaction: it is locked and decided again (a hold may have been placed since the walk saw
 * it, another replica may have taken it), then every row of it is deleted and the receipt counts it, all
 * together. A failure anywhere rolls back the whole record and its count: never half a record.
 */
@Singleton
public class GallringRecord {

    private final GallringRecords records;
    private final GallringRuns runs;
    private final AccessLogRetention accessLog;

    public GallringRecord(GallringRecords records, GallringRuns runs, AccessLogRetention accessLog) {
        this.records = records;
        this.runs = runs;
        this.accessLog = accessLog;
    }

    /** @return whether this call deleted it */
    @Transactional
    public boolean gallra(GallringRuns.Run run, RetentionRule rule, String key, LocalDate today) {
        boolean due = records.lockAgain(rule.recordClass(), key)
                .map(candidate -> GallringPolicies.decide(rule, candidate, today) == Verdict.GALLRA)
                .orElse(false);
        if (due) {
            records.delete(rule.recordClass(), key);
            runs.countDeleted(run, rule.id(), 1);
        }
        return due;
    }

    /** Up to {@code limit} rows of the access log's closed segment, counted in the same transaction. */
    @Transactional
    public int gallraAccessLogRows(GallringRuns.Run run, RetentionRule rule, int limit) {
        int deleted = accessLog.deleteClosed(limit);
        if (deleted > 0) {
            runs.countDeleted(run, rule.id(), deleted);
        }
        return deleted;
    }
}
