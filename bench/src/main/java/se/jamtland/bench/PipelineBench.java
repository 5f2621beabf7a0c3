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
 * commit → counted latency from the two databases' own timestamps, the drain rate against the steady rate, and
 * whether every outbox event was counted exactly once.
 */
public final class PipelineBench {

    /**
     * A session's response lists every session of its case, so a case that collects thousands makes each request
     * slower as the run goes on. Spreading sessions over enough cases keeps the request itself constant.
     */
    static final int SESSIONS_PER_CASE = 50;
    private static final Duration POLL = Duration.ofMillis(200);

    private static final int WARMUP = 0;
    private static final int STEADY = 1;
    private static final int OUTAGE = 2;

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

    private boolean measure(PipelineDb db) throws Exception {
        ChildService cmv = stack.cmv();
        long expectedSessions = (long) settings.rate() * (settings.seconds() + settings.outageSeconds() + 30);
        int caseCount = (int) Math.max(20, Math.min(20_000, (expectedSessions + SESSIONS_PER_CASE - 1)
                / SESSIONS_PER_CASE));
        long openingStarted = System.nanoTime();
        List<String> caseCodes = stack.openCases(caseCount, settings.connections());
        say(String.format("opened %d cmv-kast cases in %.1f s", caseCodes.size(), secondsSince(openingStarted)));
        // The case-opened events go through the whole pipeline first: the topic exists, the consumer has joined
        // its group, and a broken pipeline fails here instead of as a meaningless latency figure.
        if (!PipelineStack.awaitCounted(db, db.maxOutboxId(), Duration.ofSeconds(120))) {
            throw new IllegalStateException("the case-opened events were not counted within 120 s; see the logs in "
                    + stack.logs());
        }
        say("pipeline flowing: all " + db.outboxRows() + " case-opened events counted");

        SessionLoad load = new SessionLoad(client, cmv.baseUrl(), stack.staffToken(), caseCodes, settings.rate(),
                settings.connections(), 3);
        load.phase(WARMUP);
        long loadStarted = System.nanoTime();
        load.start();
        List<SessionLoad.PhaseResult> phases;
        long steadyStarted;
        long steadyEnded;
        long outageStarted;
        long outageEnded;
        long firstMeasuredId;
        long lastMeasuredId;
        long steadyCounted;
        CpuSampler.Sample cpuSteadyStart;
        CpuSampler.Sample cpuSteadyEnd;
        boolean caughtUp;
        long catchUpMs;
        int statisticsExit;
        try {
            sleepUntil(loadStarted + TimeUnit.SECONDS.toNanos(settings.warmupSeconds()));
            load.phase(STEADY);
            steadyStarted = System.nanoTime();
            cpuSteadyStart = CpuSampler.take(stack::childName);
            firstMeasuredId = db.maxOutboxId();
            long countedAtStart = db.processedRows();
            say("warm-up done; measuring steady state for " + (settings.seconds() - settings.warmupSeconds()) + " s");

            sleepUntil(loadStarted + TimeUnit.SECONDS.toNanos(settings.seconds()));
            steadyEnded = System.nanoTime();
            cpuSteadyEnd = CpuSampler.take(stack::childName);
            lastMeasuredId = db.maxOutboxId();
            steadyCounted = db.processedRows() - countedAtStart;

            // The measured events are allowed to arrive before the outage starts; otherwise the last ones would
            // carry the outage in their latency. The load goes on meanwhile, so nothing else changes.
            long catchUpStarted = System.nanoTime();
            caughtUp = PipelineStack.awaitCounted(db, lastMeasuredId, Duration.ofSeconds(30));
            catchUpMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - catchUpStarted);

            load.phase(OUTAGE);
            outageStarted = System.nanoTime();
            say("stopping statistics-service; the load goes on for " + settings.outageSeconds() + " s");
            statisticsExit = stack.statistics().stop();
            sleepUntil(outageStarted + TimeUnit.SECONDS.toNanos(settings.outageSeconds()));
        } finally {
            phases = load.stop();
        }
        outageEnded = System.nanoTime();

        // Every accepted session is committed now (the load waited for its answers); let the relay publish the rest
        // so the drain measures the county's side only.
        PipelineStack.awaitUnsentZero(db, Duration.ofSeconds(30));
        long totalEvents = db.outboxRows();
        long countedBeforeRestart = db.processedRows();
        String lastCountedBeforeRestart = db.lastProcessedAt();
        long backlog = totalEvents - countedBeforeRestart;
        say("load stopped; backlog of " + backlog + " events; starting statistics-service again");

        CpuSampler.Sample cpuRestart = CpuSampler.take(stack::childName);
        long restarted = System.nanoTime();
        long healthyMs = stack.restart(stack.statistics());
        long firstSeen = -1;
        long drained = -1;
        Duration drainTimeout = Duration.ofSeconds(Math.max(120, 3L * settings.outageSeconds()));
        long drainDeadline = restarted + drainTimeout.toNanos();
        while (System.nanoTime() < drainDeadline) {
            long counted = db.processedRows();
            if (firstSeen < 0 && counted > countedBeforeRestart) {
                firstSeen = System.nanoTime();
            }
            if (counted >= totalEvents) {
                drained = System.nanoTime();
                break;
            }
            PipelineStack.sleep(POLL);
        }
        CpuSampler.Sample cpuDrained = CpuSampler.take(stack::childName);
        PipelineDb.Span afterRestart = db.countedAfter(lastCountedBeforeRestart);

        long[] latencies = db.latenciesMicros(firstMeasuredId, lastMeasuredId);
        long measuredEvents = db.outboxRowsUpTo(lastMeasuredId) - db.outboxRowsUpTo(firstMeasuredId);
        long outboxRows = db.outboxRows();
        long processedRows = db.processedRows();
        long joined = db.countedOutboxRows();
        long aggregated = db.countedEventsInAggregates();

        Report report = new Report();
        report.steadySeconds = (steadyEnded - steadyStarted) / 1e9;
        report.steadyCounted = steadyCounted;
        report.outageSeconds = (outageEnded - outageStarted) / 1e9;
        report.phases = phases;
        report.steadyPhaseSeconds = (outageStarted - steadyStarted) / 1e9;
        report.warmupPhaseSeconds = (steadyStarted - loadStarted) / 1e9;
        report.latenciesMicros = latencies;
        report.measuredEvents = measuredEvents;
        report.caughtUp = caughtUp;
        report.catchUpMs = catchUpMs;
        report.statisticsExit = statisticsExit;
        report.backlog = backlog;
        report.restartHealthyMs = healthyMs;
        report.restarted = restarted;
        report.firstSeen = firstSeen;
        report.drained = drained;
        report.drainTimeout = drainTimeout;
        report.afterRestart = afterRestart;
        report.outboxRows = outboxRows;
        report.processedRows = processedRows;
        report.joined = joined;
        report.aggregated = aggregated;
        report.firstError = load.firstError();
        report.cpuSteady = CpuSampler.between(cpuSteadyStart, cpuSteadyEnd);
        report.cpuDrain = CpuSampler.between(cpuRestart, cpuDrained);
        return report.print();
    }

    /** What the run measured, printed as one table plus the goals. */
    private final class Report {
        double warmupPhaseSeconds;
        double steadySeconds;
        double steadyPhaseSeconds;
        long steadyCounted;
        double outageSeconds;
        List<SessionLoad.PhaseResult> phases;
        long[] latenciesMicros;
        long measuredEvents;
        boolean caughtUp;
        long catchUpMs;
        int statisticsExit;
        long backlog;
        long restartHealthyMs;
        long restarted;
        long firstSeen;
        long drained;
        Duration drainTimeout;
        PipelineDb.Span afterRestart;
        long outboxRows;
        long processedRows;
        long joined;
        long aggregated;
        String firstError;
        String cpuSteady;
        String cpuDrain;

        /** @return whether every event was counted exactly once */
        boolean print() {
            System.out.println();
            System.out.printf("%-30s %9s %11s %10s %10s %8s%n", "load phase (POST sessions)", "seconds",
                    "accepted/s", "http p50", "http p99", "errors");
            printPhase("warm-up", phases.get(WARMUP), warmupPhaseSeconds);
            printPhase("steady (statistics up)", phases.get(STEADY), steadyPhaseSeconds);
            printPhase("outage (statistics down)", phases.get(OUTAGE), outageSeconds);
            if (firstError != null) {
                System.out.println("first failed request: " + firstError);
            }
            // Each connection has one request in flight: once behind its schedule it sends back to back, and
            // the rate it can reach is connections / time per request. Say so, or a slow request looks like a
            // slow pipeline.
            double steadyAccepted = phases.get(STEADY).accepted() / steadyPhaseSeconds;
            if (steadyAccepted < 0.95 * settings.rate()) {
                double msPerRequest = settings.connections() * 1000.0 / steadyAccepted;
                System.out.printf("the load fell behind its schedule: %d connections at ~%.0f ms per request carry"
                        + " ~%.0f/s; %d/s needs about %d (-Dbench.connections), if the machine has the CPU%n",
                        settings.connections(), msPerRequest, steadyAccepted, settings.rate(),
                        (int) Math.ceil(settings.rate() * msPerRequest / 1000 * 1.5));
            }

            double steadyRate = steadyCounted / steadySeconds;
            double p50 = Percentiles.of(latenciesMicros, 0.50) / 1000;
            double p99 = Percentiles.of(latenciesMicros, 0.99) / 1000;
            double max = Percentiles.of(latenciesMicros, 1.0) / 1000;
            System.out.println();
            System.out.printf("commit -> counted, steady state after warm-up (%d of %d events):%n",
                    latenciesMicros.length, measuredEvents);
            System.out.printf("  p50 %.0f ms   p99 %.0f ms   max %.0f ms%n", p50, p99, max);
            System.out.printf("  counted %.1f events/s over %.1f s (offered %d/s)%s%n", steadyRate, steadySeconds,
                    settings.rate(), caughtUp ? "; all measured events counted " + catchUpMs
                            + " ms after the steady phase" : "; NOT all measured events were counted before the"
                            + " outage, so some latencies include it");
            boolean rateReached = steadyRate >= 0.95 * settings.rate();
            if (!rateReached) {
                System.out.printf("  the pipeline did NOT take the offered %d/s: the figures are for %.0f events/s"
                        + " (see the CPU line)%n", settings.rate(), steadyRate);
            }
            if (!cpuSteady.isEmpty()) {
                System.out.println("  CPU (100% = one core): " + cpuSteady);
            }

            System.out.println();
            System.out.printf("outage: statistics-service stopped (exit code %d) for %.1f s; backlog %d events%n",
                    statisticsExit, outageSeconds, backlog);
            // The goal's steady rate is the offered one: a pipeline that counted less than offered must not get
            // an easier ratio for it. The ratio to the measured rate is shown too.
            int offered = settings.rate();
            double fromRestart = Double.NaN;
            double fromFirst = Double.NaN;
            if (drained > 0) {
                double seconds = (drained - restarted) / 1e9;
                fromRestart = backlog / seconds;
                System.out.printf("  restart -> all counted: %.1f s (healthy after %.1f s) = %.0f events/s;"
                        + " %.1f x offered, %.1f x counted steady rate%n", seconds, restartHealthyMs / 1000.0,
                        fromRestart, fromRestart / offered, fromRestart / steadyRate);
            } else {
                System.out.printf("  NOT drained within %d s of the restart%n", drainTimeout.toSeconds());
            }
            if (afterRestart.rows() > 1 && afterRestart.micros() > 0) {
                fromFirst = afterRestart.rows() / (afterRestart.micros() / 1e6);
                System.out.printf("  first -> last counted after restart (county clock): %.1f s for %d events ="
                        + " %.0f events/s; %.1f x offered, %.1f x counted steady rate%s%n",
                        afterRestart.micros() / 1e6, afterRestart.rows(), fromFirst, fromFirst / offered,
                        fromFirst / steadyRate, firstSeen > 0 ? String.format(
                                " (first counted %.1f s after restart)", (firstSeen - restarted) / 1e9) : "");
            }
            if (!cpuDrain.isEmpty()) {
                System.out.println("  CPU from restart to drained: " + cpuDrain);
            }

            boolean exactlyOnce = processedRows == outboxRows && joined == outboxRows && aggregated == outboxRows;
            System.out.println();
            System.out.printf("exactly once: outbox %d, processed_event %d, outbox rows counted %d,"
                    + " SUM(activity_count.events) %d%n", outboxRows, processedRows, joined, aggregated);

            System.out.println();
            verdict(p99 < 500 && rateReached, String.format("p99 commit -> counted < 500 ms at %d events/s: %.0f ms"
                    + " at %.0f events/s counted", offered, p99, steadyRate));
            verdict(drained > 0 && fromRestart / offered >= 5, String.format(
                    "drain >= 5 x steady rate (%d/s), from restart: %.1f x", offered, fromRestart / offered));
            verdict(fromFirst / offered >= 5, String.format(
                    "drain >= 5 x steady rate (%d/s), from first counted event: %.1f x", offered, fromFirst / offered));
            verdict(processedRows == outboxRows && joined == outboxRows, String.format(
                    "every outbox event in processed_event exactly once: %d = %d", processedRows, outboxRows));
            verdict(aggregated == outboxRows, String.format(
                    "SUM(activity_count.events) = outbox events: %d = %d", aggregated, outboxRows));
            if (settings.outageSeconds() < 600) {
                System.out.printf("(the goal is stated for a 10-minute outage; this run's was %d s:"
                        + " -Dbench.outageSeconds=600 runs that)%n", settings.outageSeconds());
            }
            return exactlyOnce;
        }

        private void printPhase(String name, SessionLoad.PhaseResult phase, double seconds) {
            System.out.printf("%-30s %9.1f %11.1f %10.1f %10.1f %8d%n", name, seconds, phase.accepted() / seconds,
                    phase.percentileMs(0.50), phase.percentileMs(0.99), phase.errors());
        }

        /** A goal is a figure to read, not the run's outcome (exactly once is): "goal met", never "FAIL". */
        private static void verdict(boolean met, String what) {
            System.out.println((met ? "goal met:     " : "goal not met: ") + what);
        }
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
