package se.jamtland.bench;

import se.jamtland.devstack.RepoRoot;
import se.jamtland.devstack.ServiceLaunch;
import se.jamtland.devstack.ServiceProcess;
import se.jamtland.devstack.ServiceSpec;
import se.jamtland.devstack.Services;
import se.jamtland.testinfra.FreePorts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures the eligibility-service as it is deployed: its own JVM, started from the same classpath devstack
 * uses, called over HTTP keep-alive. Every figure is set against a baseline measured in the same run (an
 * empty endpoint of the same server), so the ratio means something on any machine.
 *
 * <p>Reports: start to healthy (ms) and RSS after start-up; closed-loop throughput and p50/p99 for eligibility
 * vs. empty; and an open-loop run at a fixed rate (default 2,000 requests/s) with latency measured from each
 * request's scheduled send time, so a stalled server cannot hide its queueing (coordinated omission).
 */
public final class EligibilityBench {

    private static final String CHECK = "{\"insats\":\"cmv-gruppverksamhet\",\"age\":34,\"legalGender\":\"FEMALE\","
            + "\"onDate\":\"2025-09-15\"}";

    private final Settings settings;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private EligibilityBench(Settings settings) {
        this.settings = settings;
    }

    /** @param port the server's port; 0 for a free one */
    record Settings(int port, int connections, Duration warmup, Duration measure, int fixedRate, int startups,
                    List<StartupTimes.Kind> startupKinds, boolean startupOnly) {

        static Settings full() {
            return new Settings(18081, 8, Duration.ofSeconds(10), Duration.ofSeconds(10), 2000, 5,
                    StartupTimes.kinds("PLAIN,DEPLOYED"), false);
        }

        /**
         * Seconds, not minutes: every run of the full bench once, briefly, at a rate a shared 2-core CI machine
         * carries; the figures are printed and mean little. CI runs this (BenchSmokeIT).
         */
        static Settings smoke() {
            return new Settings(0, 4, Duration.ofSeconds(1), Duration.ofSeconds(1), 200, 1,
                    StartupTimes.kinds("PLAIN,DEPLOYED"), false);
        }

        /** {@link #full()} or, with {@code -Dbench.smoke=true}, {@link #smoke()}; each value overridable. */
        static Settings fromSystemProperties() {
            Settings base = Boolean.getBoolean("bench.smoke") ? smoke() : full();
            return new Settings(
                    Integer.getInteger("bench.port", base.port()),
                    Integer.getInteger("bench.connections", base.connections()),
                    Duration.ofSeconds(Long.getLong("bench.warmupSeconds", base.warmup().toSeconds())),
                    Duration.ofSeconds(Long.getLong("bench.seconds", base.measure().toSeconds())),
                    Integer.getInteger("bench.rate", base.fixedRate()),
                    Integer.getInteger("bench.startups", base.startups()),
                    System.getProperty("bench.startupKinds") == null ? base.startupKinds()
                            : StartupTimes.kinds(System.getProperty("bench.startupKinds")),
                    Boolean.getBoolean("bench.startupOnly"));
        }
    }

    public static void main(String[] args) throws Exception {
        if (!run(RepoRoot.locate(), Settings.fromSystemProperties())) {
            throw new IllegalStateException("some requests failed (see the errors column); the figures are not"
                    + " eligibility's; see bench/target/eligibility-service.log");
        }
    }

    /**
     * One whole run; the figures go to standard output and never decide the outcome.
     *
     * @return whether the run worked: every measurement made requests and none failed (a 429 from a limit the
     *         bench did not lift, a 4xx from a changed API, a 5xx), so its figures are eligibility's
     */
    static boolean run(Path root, Settings settings) throws Exception {
        Settings resolved = settings.port() != 0 ? settings : new Settings(FreePorts.take(1).get(0),
                settings.connections(), settings.warmup(), settings.measure(), settings.fixedRate(),
                settings.startups(), settings.startupKinds(), settings.startupOnly());
        return new EligibilityBench(resolved).run(root);
    }

    private boolean run(Path root) throws Exception {
        System.out.printf("eligibility bench: %d cores, %d connections, %s warm-up, %s per measurement%n",
                Runtime.getRuntime().availableProcessors(), settings.connections(), settings.warmup(),
                settings.measure());
        // Start-up first, on the service exactly as built (no bench endpoint, no lifted limits).
        new StartupTimes(root, eligibilitySpec(), settings.port(), List.of(), client)
                .report(settings.startupKinds(), settings.startups());
        if (settings.startupOnly()) {
            return true;
        }
        long started = System.nanoTime();
        Process server = startServer(root);
        try {
            long healthyMs = waitUntilHealthy(server, started);
            long rssKb = residentSetKb(server.pid());
            System.out.printf("%nload server (with the bench endpoint): start to healthy %d ms; RSS after start: %d MB"
                    + " (goal <= 300 MB)%n", healthyMs, rssKb / 1024);

            URI empty = uri("/bench/empty");
            URI eligibility = uri("/eligibility-checks");
            closedLoop(empty, settings.warmup());
            closedLoop(eligibility, settings.warmup());

            // Alternated, best of each kept: a JIT or GC pause in one run must not decide the ratio.
            Result baseline = closedLoop(empty, settings.measure());
            Result decisions = closedLoop(eligibility, settings.measure());
            baseline = Result.best(baseline, closedLoop(empty, settings.measure()));
            decisions = Result.best(decisions, closedLoop(eligibility, settings.measure()));
            Result fixedRate = openLoop(eligibility, settings.fixedRate(), settings.measure());

            System.out.println();
            System.out.printf("%-34s %12s %10s %10s %8s%n", "run", "requests/s", "p50 ms", "p99 ms", "errors");
            print("empty endpoint (baseline)", baseline);
            print("eligibility decisions", decisions);
            print("eligibility @ " + settings.fixedRate() + "/s (open loop)", fixedRate);
            System.out.printf("%nratio eligibility / empty: %.2f x (goal >= 0.8)%n",
                    decisions.perSecond() / baseline.perSecond());
            System.out.printf("p99 at %d requests/s: %.2f ms (goal <= 5 ms); RSS after load: %d MB%n",
                    settings.fixedRate(), fixedRate.p99Ms(), residentSetKb(server.pid()) / 1024);
            return Stream.of(baseline, decisions, fixedRate).allMatch(Result::worked);
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static ServiceSpec eligibilitySpec() {
        return Services.ALL.stream()
                .filter(spec -> spec.name().equals("eligibility-service"))
                .findFirst().orElseThrow();
    }

    /**
     * The bench asks as the public, with no IdP: an empty issuer, which eligibility-service must now be given
     * (issue 16 §1) and which verifies no token, as before it was required.
     */
    static final Map<String, String> PUBLIC_SIDE_ALONE = Map.of("SECURITY_OIDC_ISSUER", "");

    private Process startServer(Path root) throws IOException {
        ServiceSpec eligibility = eligibilitySpec();
        // Started as deployed, plus the baseline controller, which the service's bean scan then picks up. Appended
        // last: a start-up cache holds for a class path that only grows at its end.
        ServiceLaunch launch = ServiceLaunch.deployed(root, eligibility)
                .withAppended(root.resolve("bench/target/classes").toString());
        ProcessBuilder builder = new ProcessBuilder(ServiceProcess.command(launch, eligibility,
                LiftedRateLimits.javaOptions(launch.classpath()))).redirectErrorStream(true)
                .redirectOutput(root.resolve("bench/target/eligibility-service.log").toFile());
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(settings.port()));
        // Health on the service's own port, as devstack's children have it: the production default is the
        // management port 9090 (issue 16 §2), which a bench on a shared machine must not take.
        builder.environment().put("ENDPOINTS_ALL_PORT", String.valueOf(settings.port()));
        builder.environment().putAll(PUBLIC_SIDE_ALONE);
        return builder.start();
    }

    private long waitUntilHealthy(Process server, long startedNanos) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(1)).build();
        long deadline = startedNanos + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("eligibility-service exited; see bench/target/eligibility-service.log");
            }
            // Short: the poll interval bounds how precisely start-up time is measured.
            ServiceProcess.pauseWhileRunning(server, Duration.ofMillis(10));
        }
        throw new IllegalStateException("eligibility-service did not become healthy within 60 s");
    }

    private Result closedLoop(URI target, Duration duration) throws Exception {
        return onEveryConnection((connection, began, log, errors) -> {
            HttpRequest request = post(target);
            long end = began + duration.toNanos();
            while (System.nanoTime() < end) {
                long sent = System.nanoTime();
                send(request, errors);
                log.add(System.nanoTime() - sent);
            }
        });
    }

    /**
     * A fixed total rate spread over the keep-alive connections, each sending on its own schedule. Latency
     * counts from when a request was due, not when it was sent, so time spent queued behind a slow answer
     * is counted (no coordinated omission).
     */
    private Result openLoop(URI target, int ratePerSecond, Duration duration) throws Exception {
        int connections = settings.connections();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) * connections / ratePerSecond;
        long perConnection = duration.toNanos() / intervalNanos;
        return onEveryConnection((connection, began, log, errors) -> {
            HttpRequest request = post(target);
            long offset = connection * intervalNanos / connections;
            for (long i = 0; i < perConnection; i++) {
                long due = began + offset + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                send(request, errors);
                log.add(System.nanoTime() - due);
            }
        });
    }

    /** What one connection does during a run; the latencies go to its own log. */
    private interface ConnectionLoop {
        void run(int connection, long beganNanos, LatencyLog log, AtomicLong errors);
    }

    private Result onEveryConnection(ConnectionLoop loop) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(settings.connections());
        AtomicLong errors = new AtomicLong();
        long began = System.nanoTime();
        List<CompletableFuture<long[]>> perWorker = new ArrayList<>();
        for (int c = 0; c < settings.connections(); c++) {
            int connection = c;
            perWorker.add(CompletableFuture.supplyAsync(() -> {
                LatencyLog log = new LatencyLog();
                loop.run(connection, began, log, errors);
                return log.toArray();
            }, workers));
        }
        List<long[]> logs = new ArrayList<>();
        for (CompletableFuture<long[]> worker : perWorker) {
            logs.add(worker.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        workers.shutdown();
        return Result.of(logs, seconds, errors.get());
    }

    private void send(HttpRequest request, AtomicLong errors) {
        try {
            if (client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
                errors.incrementAndGet();
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.incrementAndGet();
        }
    }

    private HttpRequest post(URI target) {
        return HttpRequest.newBuilder(target)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CHECK))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + settings.port() + path);
    }

    private static long residentSetKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void print(String name, Result result) {
        System.out.printf("%-34s %12.0f %10.2f %10.2f %8d%n", name, result.perSecond(), result.p50Ms(),
                result.p99Ms(), result.errors());
    }

    record Result(long count, double perSecond, double p50Ms, double p99Ms, long errors) {
        static Result of(List<long[]> logs, double seconds, long errors) {
            long[] all = logs.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (all.length == 0) {
                return new Result(0, 0, Double.NaN, Double.NaN, errors);
            }
            return new Result(all.length, all.length / seconds, Percentiles.of(all, 0.50) / 1e6,
                    Percentiles.of(all, 0.99) / 1e6, errors);
        }

        /** The faster run's figures, with the errors of both: a failed request in either makes the run fail. */
        static Result best(Result a, Result b) {
            Result best = a.perSecond() >= b.perSecond() ? a : b;
            return new Result(best.count(), best.perSecond(), best.p50Ms(), best.p99Ms(), a.errors() + b.errors());
        }

        boolean worked() {
            return count > 0 && errors == 0;
        }
    }
}
