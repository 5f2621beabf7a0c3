package se.jamtland.bench;

import static se.jamtland.bench.PipelineBench.OUTAGE;
import static se.jamtland.bench.PipelineBench.STEADY;
import static se.jamtland.bench.PipelineBench.WARMUP;

/**
 * What a pipeline bench run measured, built from the records its phases returned and printed as one table plus
 * the goals. README's "Pipeline bench" section and BenchSmokeIT read these lines: keep them as they are.
 */
record PipelineReport(PipelineBench.Settings settings, PipelineBench.Load load, PipelineBench.Steady steady,
                      PipelineBench.CatchUp catchUp, PipelineBench.Latency latency, PipelineBench.Backlog backlog,
                      PipelineBench.Drain drain, PipelineBench.ExactlyOnce exactlyOnce) {

    /** @return whether every event was counted exactly once (the goals never decide this) */
    boolean print() {
        printLoad();
        boolean rateReached = printSteady();
        double fromRestart = drain.fromRestart(backlog);
        double fromFirst = drain.fromFirst();
        printOutage(fromRestart, fromFirst);
        printExactlyOnce();
        printGoals(rateReached, fromRestart, fromFirst);
        return exactlyOnce.holds();
    }

    private void printLoad() {
        System.out.println();
        System.out.printf("%-30s %9s %11s %10s %10s %8s%n", "load phase (POST sessions)", "seconds",
                "accepted/s", "http p50", "http p99", "errors");
        printPhase("warm-up", load.phase(WARMUP), load.warmupSeconds());
        printPhase("steady (statistics up)", load.phase(STEADY), load.steadySeconds());
        printPhase("outage (statistics down)", load.phase(OUTAGE), load.outageSeconds());
        if (load.firstError() != null) {
            System.out.println("first failed request: " + load.firstError());
        }
        // Each connection has one request in flight: once behind its schedule it sends back to back, and the rate
        // it can reach is connections / time per request. Say so, or a slow request looks like a slow pipeline.
        double steadyAccepted = load.phase(STEADY).accepted() / load.steadySeconds();
        if (steadyAccepted < 0.95 * settings.rate()) {
            double msPerRequest = settings.connections() * 1000.0 / steadyAccepted;
            System.out.printf("the load fell behind its schedule: %d connections at ~%.0f ms per request carry"
                    + " ~%.0f/s; %d/s needs about %d (-Dbench.connections), if the machine has the CPU%n",
                    settings.connections(), msPerRequest, steadyAccepted, settings.rate(),
                    (int) Math.ceil(settings.rate() * msPerRequest / 1000 * 1.5));
        }
    }

    /** @return whether the pipeline took the offered rate */
    private boolean printSteady() {
        System.out.println();
        System.out.printf("commit -> counted, steady state after warm-up (%d of %d events):%n",
                latency.micros().length, latency.measuredEvents());
        System.out.printf("  p50 %.0f ms   p99 %.0f ms   max %.0f ms%n", latency.percentileMs(0.50),
                latency.percentileMs(0.99), latency.percentileMs(1.0));
        System.out.printf("  counted %.1f events/s over %.1f s (offered %d/s)%s%n", steady.rate(), steady.seconds(),
                settings.rate(), catchUp.caughtUp() ? "; all measured events counted " + catchUp.millis()
                        + " ms after the steady phase" : "; NOT all measured events were counted before the"
                        + " outage, so some latencies include it");
        boolean rateReached = steady.rate() >= 0.95 * settings.rate();
        if (!rateReached) {
            System.out.printf("  the pipeline did NOT take the offered %d/s: the figures are for %.0f events/s"
                    + " (see the CPU line)%n", settings.rate(), steady.rate());
        }
        if (!steady.cpu().isEmpty()) {
            System.out.println("  CPU (100% = one core): " + steady.cpu());
        }
        return rateReached;
    }

    /**
     * The goal's steady rate is the offered one: a pipeline that counted less than offered must not get an easier
     * ratio for it. The ratio to the measured rate is shown too.
     */
    private void printOutage(double fromRestart, double fromFirst) {
        System.out.println();
        System.out.printf("outage: statistics-service stopped (exit code %d) for %.1f s; backlog %d events%n",
                backlog.statisticsExit(), load.outageSeconds(), backlog.events());
        int offered = settings.rate();
        if (drain.drained() > 0) {
            System.out.printf("  restart -> all counted: %.1f s (healthy after %.1f s) = %.0f events/s;"
                    + " %.1f x offered, %.1f x counted steady rate%n", (drain.drained() - drain.restarted()) / 1e9,
                    drain.healthyMs() / 1000.0, fromRestart, fromRestart / offered, fromRestart / steady.rate());
        } else {
            System.out.printf("  NOT drained within %d s of the restart%n", drain.timeout().toSeconds());
        }
        if (!Double.isNaN(fromFirst)) {
            System.out.printf("  first -> last counted after restart (bench polls): %.1f s for %d events ="
                    + " %.0f events/s; %.1f x offered, %.1f x counted steady rate%s%n",
                    drain.afterRestart().micros() / 1e6, drain.afterRestart().rows(), fromFirst, fromFirst / offered,
                    fromFirst / steady.rate(), drain.firstSeen() > 0 ? String.format(
                            " (first counted %.1f s after restart)", (drain.firstSeen() - drain.restarted()) / 1e9)
                            : "");
        }
        if (!drain.cpu().isEmpty()) {
            System.out.println("  CPU from restart to drained: " + drain.cpu());
        }
    }

    private void printExactlyOnce() {
        System.out.println();
        System.out.printf("exactly once: outbox %d, processed_event %d, outbox rows counted %d,"
                + " SUM(activity_count.events) %d%n", exactlyOnce.outboxRows(), exactlyOnce.processedRows(),
                exactlyOnce.joined(), exactlyOnce.aggregated());
    }

    private void printGoals(boolean rateReached, double fromRestart, double fromFirst) {
        int offered = settings.rate();
        double p99 = latency.percentileMs(0.99);
        long outboxRows = exactlyOnce.outboxRows();
        System.out.println();
        verdict(p99 < 500 && rateReached, String.format("p99 commit -> counted < 500 ms at %d events/s: %.0f ms"
                + " at %.0f events/s counted", offered, p99, steady.rate()));
        verdict(drain.drained() > 0 && fromRestart / offered >= 5, String.format(
                "drain >= 5 x steady rate (%d/s), from restart: %.1f x", offered, fromRestart / offered));
        verdict(fromFirst / offered >= 5, String.format(
                "drain >= 5 x steady rate (%d/s), from first counted event: %.1f x", offered, fromFirst / offered));
        verdict(exactlyOnce.processedRows() == outboxRows && exactlyOnce.joined() == outboxRows, String.format(
                "every outbox event in processed_event exactly once: %d = %d", exactlyOnce.processedRows(),
                outboxRows));
        verdict(exactlyOnce.aggregated() == outboxRows, String.format(
                "SUM(activity_count.events) = outbox events: %d = %d", exactlyOnce.aggregated(), outboxRows));
        if (settings.outageSeconds() < 600) {
            System.out.printf("(the goal is stated for a 10-minute outage; this run's was %d s:"
                    + " -Dbench.outageSeconds=600 runs that)%n", settings.outageSeconds());
        }
    }

    private static void printPhase(String name, SessionLoad.PhaseResult phase, double seconds) {
        System.out.printf("%-30s %9.1f %11.1f %10.1f %10.1f %8d%n", name, seconds, phase.accepted() / seconds,
                phase.percentileMs(0.50), phase.percentileMs(0.99), phase.errors());
    }

    /** A goal is a figure to read, not the run's outcome (exactly once is): "goal met", never "FAIL". */
    private static void verdict(boolean met, String what) {
        System.out.println((met ? "goal met:     " : "goal not met: ") + what);
    }
}
