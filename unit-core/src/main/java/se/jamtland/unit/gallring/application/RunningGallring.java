package se.jamtland.unit.gallring.application;

import io.micronaut.context.annotation.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.util.SupplierUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.runtime.metrics.SuiteMeters;
import se.jamtland.unit.audit.AccessLogRetention;
import se.jamtland.unit.gallring.infrastructure.GallringLock;
import se.jamtland.unit.gallring.infrastructure.GallringRecords;
import se.jamtland.unit.gallring.infrastructure.GallringRuns;
import se.jamtland.unit.gallring.model.RecordClass;
import se.jamtland.unit.gallring.model.RetentionPlan;
import se.jamtland.unit.gallring.model.RetentionRule;
import se.jamtland.unit.gallring.model.Verdict;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The gallring job (issue 15): every rule of the plan in force, over the classes this unit holds, in batches, one
 * transaction per record. One replica runs (a database lock); one run a day; a run that stopped half-way is
 * continued by the next start, and since each deleted record is counted in its own transaction, nothing is deleted
 * or counted twice. The log says what each rule did in numbers only.
 */
// @Context, not @Singleton: created at start-up, so its gauges are on the first scrape. Otherwise it is made when
// first used (the night's run, or a manager's view), and an alert on a gauge that is absent never fires.
@Context
public class RunningGallring {

    /** What a start of the job came to. */
    public enum Result {
        /** This replica ran (or finished) the day's run. */
        RAN,
        /** Another replica holds the lock and is running it. */
        ANOTHER_REPLICA_RUNS,
        /** The day's run is already done. */
        ALREADY_DONE_TODAY,
        /** No version of the plan is in force on the day: nothing is gallrad. */
        NO_RULES
    }

    private static final Logger LOG = LoggerFactory.getLogger(RunningGallring.class);

    private final RetentionPlan plan;
    private final GallringLock lock;
    private final GallringRuns runs;
    private final GallringRecords records;
    private final GallringRecord record;
    private final AccessLogRetention accessLog;
    private final Clock clock;
    private final int batchSize;
    private final MeterRegistry registry;
    /** Issue 16 §2: when a run last finished, read from gallring_run at the first scrape, then kept here. */
    private final Supplier<AtomicLong> lastSuccessSeconds;

    public RunningGallring(RetentionPlan plan, GallringLock lock, GallringRuns runs, GallringRecords records,
                           GallringRecord record, AccessLogRetention accessLog, Clock clock,
                           @Property(name = "gallring.batch-size", defaultValue = "200") int batchSize,
                           MeterRegistry registry) {
        this.plan = plan;
        this.lock = lock;
        this.runs = runs;
        this.records = records;
        this.record = record;
        this.accessLog = accessLog;
        this.clock = clock;
        this.batchSize = batchSize;
        this.registry = registry;
        this.lastSuccessSeconds = SupplierUtil.memoized(() -> new AtomicLong(
                runs.lastFinishedAt().map(Instant::getEpochSecond).orElse(0L)));
        // monitoring.yaml's GallringNotRunFor2Days: a restarted replica still knows the last run (0: never ran).
        Gauge.builder(SuiteMeters.GALLRING_LAST_SUCCESS, this, job -> job.lastSuccessSeconds.get().get())
                .description("When gallring last finished a run, 0 if it never did")
                .baseUnit(SuiteMeters.SECONDS)
                .register(registry);
        // Both outcomes from the start, at 0: monitoring.yaml's GallringFailed takes increase() over a day, and a
        // series born at 1 by the first failure shows no increase, so that failure would never alert.
        runs(SuiteMeters.SUCCEEDED);
        runs(SuiteMeters.FAILED);
    }

    /**
     * Runs the job and counts the outcome (issue 16 §2, monitoring.yaml's GallringFailed): a run that finished
     * succeeded, one that stopped on an error failed; a start that found nothing to do (another replica, done
     * today, no rules) is no run.
     */
    public Result run() {
        try {
            Result result = runOnce();
            if (result == Result.RAN) {
                runs(SuiteMeters.SUCCEEDED).increment();
                lastSuccessSeconds.get().set(clock.instant().getEpochSecond());
            }
            return result;
        } catch (RuntimeException e) {
            runs(SuiteMeters.FAILED).increment();
            throw e;
        }
    }

    private Counter runs(String outcome) {
        return Counter.builder(SuiteMeters.GALLRING_RUNS).description("Gallring runs, by outcome")
                .tag(SuiteMeters.OUTCOME, outcome).register(registry);
    }

    /** Records deleted, by the rule's id: the plan's few ids, never a record's key. */
    private void countDeleted(RetentionRule rule, int deleted) {
        Counter.builder(SuiteMeters.GALLRING_RECORDS_DELETED).description("Records gallring deleted, by rule")
                .tag(SuiteMeters.RULE, rule.id()).register(registry).increment(deleted);
    }

    private Result runOnce() {
        Optional<GallringLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            LOG.info("gallring: another replica is running it");
            return Result.ANOTHER_REPLICA_RUNS;
        }
        try (GallringLock.Held ignored = held.get()) {
            LocalDate today = LocalDate.now(clock);
            Optional<GallringRuns.Run> unfinished = runs.unfinished();
            if (unfinished.isEmpty() && runs.of(today).isPresent()) {
                return Result.ALREADY_DONE_TODAY;
            }
            Optional<RetentionPlan.Version> version = unfinished
                    .flatMap(run -> plan.version(run.rulesVersion()))
                    .or(() -> plan.inForceOn(today));
            if (version.isEmpty()) {
                LOG.warn("gallring: no retention rules in force on {}; nothing gallrad", today);
                return Result.NO_RULES;
            }
            GallringRuns.Run run = unfinished.orElseGet(() -> runs.start(today, version.get().name(), clock.instant()));
            if (unfinished.isPresent()) {
                LOG.info("gallring: continuing run {} of {}", run.id(), run.runOn());
            }
            for (RetentionRule rule : applied(version.get())) {
                runs.openReceipt(run, rule.id(), rule.recordClass().name());
                if (rule.recordClass() == RecordClass.ACCESS_LOG) {
                    gallraAccessLog(run, rule, today);
                } else {
                    walk(run, rule, today);
                }
            }
            runs.finish(run, clock.instant());
            LOG.info("gallring: run {} done (rules {})", run.id(), run.rulesVersion());
            return Result.RAN;
        }
    }

    /** The rules this unit applies: those of the classes it holds, and the access log's. */
    List<RetentionRule> applied(RetentionPlan.Version version) {
        return version.rules().stream().filter(RetentionRule::appliedByUnits)
                .filter(rule -> rule.recordClass() == RecordClass.ACCESS_LOG || records.holds(rule.recordClass()))
                .toList();
    }

    private void walk(GallringRuns.Run run, RetentionRule rule, LocalDate today) {
        int[] deleted = {0};
        Map<Verdict, Integer> verdicts = RuleWalk.walk(records, rule, today, batchSize, (candidate, verdict) -> {
            if (verdict == Verdict.GALLRA && record.gallra(run, rule, candidate.key(), today)) {
                deleted[0]++;
            }
        });
        int held = verdicts.getOrDefault(Verdict.HELD, 0);
        int research = verdicts.getOrDefault(Verdict.RESEARCH_SAMPLE, 0);
        runs.countKept(run, rule.id(), held, research);
        countDeleted(rule, deleted[0]);
        LOG.info("gallring: rule {} ({}) deleted {} records now, {} held, {} kept for research", rule.id(),
                run.rulesVersion(), deleted[0], held, research);
    }

    private void gallraAccessLog(GallringRuns.Run run, RetentionRule rule, LocalDate today) {
        accessLog.close(rule.id(), run.rulesVersion(), rule.latestAnchorDueBy(today));
        int deleted = 0;
        int rows;
        while ((rows = record.gallraAccessLogRows(run, rule, batchSize)) > 0) {
            deleted += rows;
        }
        countDeleted(rule, deleted);
        LOG.info("gallring: rule {} ({}) deleted {} access-log rows now", rule.id(), run.rulesVersion(), deleted);
    }
}
