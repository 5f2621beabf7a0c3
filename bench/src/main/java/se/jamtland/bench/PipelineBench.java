package se.jamtland.bench;

import se.jamtland.devstack.ChildService;
import se.jamtland.devstack.RepoRoot;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The de-identified activity-event pipeline end to end, as deployed: cmv-service writes a session and its event
 * to the outbox in one transaction, its relay publishes to {@code county.activity.v1}, statistics-service counts
 * the event and records its id in processed_event in one transaction. MariaDB and Kafka run embedded in this
 * JVM; the three services run as child JVMs on free ports.
 *
 * <p>Phases: open-loop load at a fixed rate (warm-up, then measured steady state); statistics-service stopped
 * while the load goes on (outage); load stopped and statistics-service started again (drain). Reports
 * commit → counted latency (the unit's commit to the bench's first sight of it counted), the drain rate against
 * the steady rate, and
 * whether every outbox event was counted exactly once.
 */
public final class PipelineBench {

    /**
     * A session's response lists every session of its case, so a case that collects thousands makes each request
     * slower as the run goes on. Spreading sessions over enough cases keeps the request itself constant.
     */
    static final int SESSIONS_PER_CASE = 50;
    /** The drain's polls: they time the first and the last event counted after the restart. */
    private static final Duration POLL = Duration.ofMillis(20);

    static final int WARMUP = 0;
    static final int STEADY = 1;
    static final int OUTAGE = 2;

    private final Settings settings;
    private final long began = System.nanoTime();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private PipelineStack stack;

    /**
     * @param rate          events (sessions) per second offered: {@code bench.rate}
     * @param seconds       steady phase including warm-up: {@code bench.seconds}
     * @param warmupSeconds first part of the steady phase left out of the figures: {@code bench.warmupSeconds}
     * @param outageSeconds how long statistics-service is down while the load goes on: {@code bench.outageSeconds}
     * @param connections   keep-alive connections the load is spread over: {@code bench.connections}
     * @param javaOptions   extra JVM options for every service, whitespace-separated: {@code bench.javaOptions}
     *                      (default none, so the services run exactly as devstack runs them)
     */
    record Settings(int rate, int seconds, int warmupSeconds, int outageSeconds, int connections,
                    List<String> javaOptions) {

        /** The real run; {@code -Dbench.smoke=true} starts from {@link #smoke()} instead. */
        static Settings full() {
            return new Settings(200, 30, 5, 60, 16, List.of());
        }

        /**
         * Seconds, not minutes: every phase runs (warm-up, steady, outage, drain) and exactly-once is checked, but
         * at a rate two cores shared with a build carry, so the figures say little; CI runs this (BenchSmokeIT).
         */
        static Settings smoke() {
            return new Settings(40, 4, 1, 3, 4, List.of());
        }

        /** {@link #full()} or {@link #smoke()}, each value overridden by its system property when set. */
        static Settings fromSystemProperties() {
            Settings base = Boolean.getBoolean("bench.smoke") ? smoke() : full();
            String options = System.getProperty("bench.javaOptions", "").strip();
            return new Settings(
                    Integer.getInteger("bench.rate", base.rate()),
                    Integer.getInteger("bench.seconds", base.seconds()),
                    Integer.getInteger("bench.warmupSeconds", base.warmupSeconds()),
                    Integer.getInteger("bench.outageSeconds", base.outageSeconds()),
                    Integer.getInteger("bench.connections", base.connections()),
                    options.isEmpty() ? List.of() : List.of(options.split("\\s+")));
        }

        Settings {
            javaOptions = List.copyOf(javaOptions);
            if (rate < 1 || connections < 1 || outageSeconds < 1 || warmupSeconds < 0 || seconds <= warmupSeconds) {
                throw new IllegalArgumentException("Need bench.rate >= 1, bench.connections >= 1, "
                        + "bench.outageSeconds >= 1 and bench.seconds > bench.warmupSeconds >= 0: rate " + rate
                        + ", connections " + connections + ", outageSeconds " + outageSeconds + ", warmupSeconds "
                        + warmupSeconds + ", seconds " + seconds);
            }
        }
    }

    private PipelineBench(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (!run(RepoRoot.locate(), Settings.fromSystemProperties())) {
            throw new IllegalStateException("exactly-once check FAILED (see above); logs in bench/target/pipeline-bench/logs");
        }
    }

    /**
     * One whole run, from an empty work folder to everything stopped; the figures go to standard output.
     *
     * @return whether every outbox event was counted exactly once (the figures never decide this)
     */
    static boolean run(Path root, Settings settings) throws Exception {
        Path work = root.resolve("bench/target/pipeline-bench");
        // Before anything logs: the embedded Kafka's and MariaDB's logging goes to a file, not into the report.
        PipelineStack.prepareWork(work);
        PipelineBench bench = new PipelineBench(settings);
        try (PipelineStack stack = PipelineStack.start(root, work, settings.javaOptions(), bench.client,
                bench::say);
             PipelineDb db = stack.openDb()) {
            return measureOn(stack, db, settings);
        }
    }

    /**
     * The run on a pipeline already started (a smoke test can go on with other benches on it); it leaves the
     * pipeline drained and running.
     *
     * @return whether every outbox event was counted exactly once
     */
    static boolean measureOn(PipelineStack stack, PipelineDb db, Settings settings) throws Exception {
        PipelineBench bench = new PipelineBench(settings);
        bench.stack = stack;
        bench.say(String.format("%d cores; %d events/s over %d connections; %d s steady (first %d s warm-up),"
                        + " %d s outage", Runtime.getRuntime().availableProcessors(), settings.rate(),
                settings.connections(), settings.seconds(), settings.warmupSeconds(), settings.outageSeconds()));
        if (!settings.javaOptions().isEmpty()) {
            bench.say("extra JVM options for the services: " + String.join(" ", settings.javaOptions()));
        }
        return bench.measure(db);
    }

    /** The phases in order, each a method returning what it measured; the report is built from those alone. */
    private boolean measure(PipelineDb db) throws Exception {
        List<String> caseCodes = setUp(db);
        SessionLoad load = new SessionLoad(client, stack.cmv().baseUrl(), stack.staffToken(), caseCodes,
                settings.rate(), settings.connections(), 3);
        load.phase(WARMUP);
        long loadStarted = System.nanoTime();
        load.start();
        Steady steady;
        CatchUp catchUp;
        Latency latency;
        long outageStarted;
        int statisticsExit;
        List<SessionLoad.PhaseResult> phases;
        try {
            warmUp(load, loadStarted);
            try (CountedWatch watch = db.watchCounted(db.maxOutboxId())) {
                steady = steady(db, loadStarted);
                catchUp = catchUp(db, steady);
                latency = latency(db, steady, watch);
            }
            load.phase(OUTAGE);
            outageStarted = System.nanoTime();
            statisticsExit = stopStatistics(outageStarted);
        } finally {
            phases = load.stop();
        }
        Load loadPhases = new Load(loadStarted, steady.started(), outageStarted, System.nanoTime(), phases,
                load.firstError());
        Backlog backlog = backlog(db, statisticsExit);
        Drain drain = drain(db, backlog);
        ExactlyOnce exactlyOnce = exactlyOnce(db);
        return new PipelineReport(settings, loadPhases, steady, catchUp, latency, backlog, drain, exactlyOnce).print();
    }

    /**
     * Set-up: enough cases for the run, and their case-opened events through the whole pipeline first: the topic
     * exists, the consumer has joined its group, and a broken pipeline fails here instead of as a meaningless
     * latency figure.
     */
    private List<String> setUp(PipelineDb db) throws Exception {
        long expectedSessions = (long) settings.rate() * (settings.seconds() + settings.outageSeconds() + 30);
        int caseCount = (int) Math.max(20, Math.min(20_000, (expectedSessions + SESSIONS_PER_CASE - 1)
                / SESSIONS_PER_CASE));
        long openingStarted = System.nanoTime();
        List<String> caseCodes = stack.openCases(caseCount, settings.connections());
        say(String.format("opened %d cmv-kast cases in %.1f s", caseCodes.size(), secondsSince(openingStarted)));
        if (!PipelineStack.awaitCounted(db, db.maxOutboxId(), Duration.ofSeconds(120))) {
            throw new IllegalStateException("the case-opened events were not counted within 120 s; see the logs in "
                    + stack.logs());
        }
        say("pipeline flowing: all " + db.outboxRows() + " case-opened events counted");
        return caseCodes;
    }

    /** Warm-up: the load runs, nothing is measured but its own phase figures. */
    private void warmUp(SessionLoad load, long loadStarted) throws InterruptedException {
        sleepUntil(loadStarted + TimeUnit.SECONDS.toNanos(settings.warmupSeconds()));
        load.phase(STEADY);
    }

    /** The steady state: which outbox events were written while measuring, and how many were counted. */
    record Steady(long started, long ended, long firstMeasuredId, long lastMeasuredId, long counted,
                  String cpu) {

        double seconds() {
            return (ended - started) / 1e9;
        }

        double rate() {
            return counted / seconds();
        }
    }

    private Steady steady(PipelineDb db, long loadStarted) throws Exception {
        long started = System.nanoTime();
        CpuSampler.Sample cpuStart = CpuSampler.take(stack::childName);
        long firstMeasuredId = db.maxOutboxId();
        long countedAtStart = db.processedRows();
        say("warm-up done; measuring steady state for " + (settings.seconds() - settings.warmupSeconds()) + " s");

        sleepUntil(loadStarted + TimeUnit.SECONDS.toNanos(settings.seconds()));
        long ended = System.nanoTime();
        CpuSampler.Sample cpuEnd = CpuSampler.take(stack::childName);
        long lastMeasuredId = db.maxOutboxId();
        long counted = db.processedRows() - countedAtStart;
        return new Steady(started, ended, firstMeasuredId, lastMeasuredId, counted,
                CpuSampler.between(cpuStart, cpuEnd));
    }

    /** Whether the measured events were all counted before the outage, and how long after the steady phase. */
    record CatchUp(boolean caughtUp, long millis) {
    }

    /**
     * The measured events are allowed to arrive before the outage starts; otherwise the last ones would carry the
     * outage in their latency. The load goes on meanwhile, so nothing else changes.
     */
    private CatchUp catchUp(PipelineDb db, Steady steady) throws Exception {
        long started = System.nanoTime();
        boolean caughtUp = PipelineStack.awaitCounted(db, steady.lastMeasuredId(), Duration.ofSeconds(30));
        return new CatchUp(caughtUp, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** The outage: statistics-service stopped while the load goes on; its exit code. */
    private int stopStatistics(long outageStarted) throws Exception {
        say("stopping statistics-service; the load goes on for " + settings.outageSeconds() + " s");
        int exit = stack.statistics().stop();
        sleepUntil(outageStarted + TimeUnit.SECONDS.toNanos(settings.outageSeconds()));
        return exit;
    }

    /** The load's own figures per phase, and when each phase began and the load ended. */
    record Load(long started, long steadyStarted, long outageStarted, long ended,
                List<SessionLoad.PhaseResult> phases, String firstError) {

        Load {
            phases = List.copyOf(phases);
        }

        SessionLoad.PhaseResult phase(int phase) {
            return phases.get(phase);
        }

        double warmupSeconds() {
            return (steadyStarted - started) / 1e9;
        }

        double steadySeconds() {
            return (outageStarted - steadyStarted) / 1e9;
        }

        double outageSeconds() {
            return (ended - outageStarted) / 1e9;
        }
    }

    /** What waited for statistics-service when the load stopped. */
    record Backlog(int statisticsExit, long totalEvents, long countedBeforeRestart) {

        long events() {
            return totalEvents - countedBeforeRestart;
        }
    }

    /**
     * Every accepted session is committed now (the load waited for its answers); the relay publishes the rest
     * first, so the drain measures the county's side only.
     */
    private Backlog backlog(PipelineDb db, int statisticsExit) throws Exception {
        PipelineStack.awaitUnsentZero(db, Duration.ofSeconds(30));
        Backlog backlog = new Backlog(statisticsExit, db.outboxRows(), db.processedRows());
        say("load stopped; backlog of " + backlog.events() + " events; starting statistics-service again");
        return backlog;
    }

    /**
     * The drain: statistics-service started again until every outbox event is counted.
     *
     * @param firstSeen    when the first event after the restart was counted; -1 if none was
     * @param drained      when the last one was; -1 if not within {@code timeout}
     * @param afterRestart the events counted from the poll that saw the first one after the restart to the poll
     *                     that saw the last, and the time between those polls (the bench's clock: the county
     *                     keeps only the day an event was counted)
     */
    record Drain(long restarted, long healthyMs, long firstSeen, long drained, Duration timeout,
                 PipelineDb.Span afterRestart, String cpu) {

        /** Events per second from the restart (JVM start and group join included); NaN if not drained. */
        double fromRestart(Backlog backlog) {
            return drained > 0 ? backlog.events() / ((drained - restarted) / 1e9) : Double.NaN;
        }

        /** Events per second from the first to the last counted after the restart; NaN without two of them. */
        double fromFirst() {
            return afterRestart.rows() > 1 && afterRestart.micros() > 0
                    ? afterRestart.rows() / (afterRestart.micros() / 1e6) : Double.NaN;
        }
    }

    private Drain drain(PipelineDb db, Backlog backlog) throws Exception {
        CpuSampler.Sample cpuRestart = CpuSampler.take(stack::childName);
        long restarted = System.nanoTime();
        long healthyMs = stack.restart(stack.statistics());
        long firstSeen = -1;
        long countedAtFirstSeen = 0;
        long drained = -1;
        Duration timeout = Duration.ofSeconds(Math.max(120, 3L * settings.outageSeconds()));
        long deadline = restarted + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long counted = db.processedRows();
            if (firstSeen < 0 && counted > backlog.countedBeforeRestart()) {
                firstSeen = System.nanoTime();
                countedAtFirstSeen = counted;
            }
            if (counted >= backlog.totalEvents()) {
                drained = System.nanoTime();
                break;
            }
            PipelineStack.sleep(POLL);
        }
        CpuSampler.Sample cpuDrained = CpuSampler.take(stack::childName);
        PipelineDb.Span afterRestart = firstSeen > 0 && drained > 0
                ? new PipelineDb.Span(backlog.totalEvents() - countedAtFirstSeen,
                        TimeUnit.NANOSECONDS.toMicros(drained - firstSeen))
                : new PipelineDb.Span(0, 0);
        return new Drain(restarted, healthyMs, firstSeen, drained, timeout, afterRestart,
                CpuSampler.between(cpuRestart, cpuDrained));
    }

    /** Commit → counted of the steady phase's events: the unit's commit to the watch's first sight of it counted. */
    record Latency(long[] micros, long measuredEvents) {

        double percentileMs(double percentile) {
            return Percentiles.of(micros, percentile) / 1000;
        }
    }

    private static Latency latency(PipelineDb db, Steady steady, CountedWatch watch) throws Exception {
        long[] micros = watch.latenciesMicros(steady.firstMeasuredId(), steady.lastMeasuredId());
        long measuredEvents = db.outboxRowsUpTo(steady.lastMeasuredId()) - db.outboxRowsUpTo(steady.firstMeasuredId());
        return new Latency(micros, measuredEvents);
    }

    /** The exactly-once check's four counts: they must all be equal. */
    record ExactlyOnce(long outboxRows, long processedRows, long joined, long aggregated) {

        boolean holds() {
            return processedRows == outboxRows && joined == outboxRows && aggregated == outboxRows;
        }
    }

    private static ExactlyOnce exactlyOnce(PipelineDb db) throws Exception {
        return new ExactlyOnce(db.outboxRows(), db.processedRows(), db.countedOutboxRows(),
                db.countedEventsInAggregates());
    }

    /** The phases run on the clock: sleeping is what the main thread has to do while the load runs. */
    private static void sleepUntil(long deadlineNanos) throws InterruptedException {
        long wait = deadlineNanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private void say(String message) {
        System.out.printf("pipeline bench [%6.1f s]: %s%n", secondsSince(began), message);
    }
}
