package se.jamtland.unit.gallring.application;

import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.cron.CronExpression;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import se.jamtland.unit.audit.AccessLogRetention;
import se.jamtland.unit.gallring.infrastructure.GallringRecords;
import se.jamtland.unit.gallring.model.RecordClass;
import se.jamtland.unit.gallring.model.RetentionPlan;
import se.jamtland.unit.gallring.model.RetentionRule;
import se.jamtland.unit.gallring.model.Verdict;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * What the next scheduled run ({@code gallring.cron}) will delete, decided by the same rules and policies as the
 * run, so the unit manager can put a case on hold before it goes.
 */
@Singleton
public class PreviewingGallring {

    private static final int BATCH = 1000;

    private final RetentionPlan plan;
    private final RunningGallring running;
    private final GallringRecords records;
    private final AccessLogRetention accessLog;
    private final Clock clock;
    private final String cron;

    public PreviewingGallring(RetentionPlan plan, RunningGallring running, GallringRecords records,
                              AccessLogRetention accessLog, Clock clock,
                              @Property(name = "gallring.cron", defaultValue = NightlyGallring.DEFAULT_CRON)
                              String cron) {
        this.plan = plan;
        this.running = running;
        this.records = records;
        this.accessLog = accessLog;
        this.clock = clock;
        this.cron = cron;
    }

    /** The day of the next run: the cron's next time from now, on the service's (Swedish) clock. */
    public LocalDate nextRunDay() {
        return CronExpression.create(cron).nextTimeAfter(ZonedDateTime.now(clock)).toLocalDate();
    }

    @ReadOnly
    public Optional<GallringPreview> preview() {
        LocalDate day = nextRunDay();
        return plan.inForceOn(day).map(version -> new GallringPreview(day, version.name(),
                running.applied(version).stream().map(rule -> preview(rule, version, day)).toList()));
    }

    private GallringPreview.RulePreview preview(RetentionRule rule, RetentionPlan.Version version, LocalDate day) {
        LocalDate latest = rule.latestAnchorDueBy(day);
        if (rule.recordClass() == RecordClass.ACCESS_LOG) {
            return new GallringPreview.RulePreview(rule.id(), version.name(), rule.recordClass().name(),
                    rule.status(), accessLog.countDue(latest),
                    accessLog.oldestDue(latest).map(at -> at.atZone(clock.getZone()).toLocalDate()).orElse(null), 0, 0);
        }
        LocalDate[] oldest = {null};
        Map<Verdict, Integer> verdicts = RuleWalk.walk(records, rule, day, BATCH, (candidate, verdict) -> {
            if (verdict == Verdict.GALLRA && (oldest[0] == null || candidate.anchor().isBefore(oldest[0]))) {
                oldest[0] = candidate.anchor();
            }
        });
        long count = verdicts.getOrDefault(Verdict.GALLRA, 0);
        long held = verdicts.getOrDefault(Verdict.HELD, 0);
        long research = verdicts.getOrDefault(Verdict.RESEARCH_SAMPLE, 0);
        LocalDate oldestDate = oldest[0];
        return new GallringPreview.RulePreview(rule.id(), version.name(), rule.recordClass().name(), rule.status(),
                count, oldestDate, held, research);
    }
}
