package se.jamtland.bench;

import se.jamtland.devstack.ChildService;
import se.jamtland.devstack.DevIdp;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.EmbeddedKafka;
import se.jamtland.testinfra.EmbeddedMariaDb;
import se.jamtland.testinfra.FreePorts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Issue 9, 5b's load as a bench: {@code bench.connections} staff connections (16) registering A-CRA cases on
 * Mini-Maria as fast as they can for {@code bench.seconds}, through the real eligibility-service with its
 * deployed limits (the unit calls it with its own service token) and the whole activity pipeline. Reports cases/s
 * and latency, then checks exactly-once: cases created = access-log rows (chain intact) = outbox events = events
 * the county counted. Only intake's per-client limit is lifted: the bench is one client for all 16 staff.
 * <p>
 * {@code -Dbench.smoke=true}: 4 connections for 5 s, no warm-up, for CI; its figures are printed, only the exactly-once
 * check decides the exit code. {@code -Dbench.anonymous=true} runs the unit without its service token, for
 * comparison: one address under eligibility-service's public limits, refused with 503s.
 */
public final class IntakeBench {

    private static final String UNIT_DATABASE = "intake_bench_minimaria";
    private static final String STATISTICS_DATABASE = "intake_bench_statistics";
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    public record Settings(int connections, int seconds, int warmupSeconds, boolean smoke, boolean anonymous) {

        public static Settings fromSystemProperties() {
            boolean smoke = Boolean.getBoolean("bench.smoke");
            Settings settings = new Settings(Integer.getInteger("bench.connections", smoke ? 4 : 16),
                    Integer.getInteger("bench.seconds", smoke ? 5 : 20),
                    Integer.getInteger("bench.warmupSeconds", smoke ? 0 : 3), smoke,
                    Boolean.getBoolean("bench.anonymous"));
            if (settings.connections() < 1 || settings.warmupSeconds() < 0
                    || settings.seconds() <= settings.warmupSeconds()) {
                throw new IllegalArgumentException("bench.connections must be at least 1 and bench.seconds more than"
                        + " bench.warmupSeconds (which it includes)");
            }
            return settings;
        }
    }

    /** What one run measured and whether exactly-once held. */
    public record Result(long created, long refused, Map<Integer, Long> refusals, double casesPerSecond, double p50Millis,
                  double p99Millis, long cases, long auditRows, boolean chainIntact, long events, long counted) {

        public boolean exactlyOnce() {
            return chainIntact && created == cases && cases == auditRows && auditRows == events && events == counted;
        }
    }

    private final Settings settings;
    private final Path root;
    private final Path work;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private IntakeBench(Settings settings, Path root) {
        this.settings = settings;
        this.root = root;
        // A folder of its own per run: the databases and the topic are scratch, and a run must never count the
        // rows of an earlier one (target/ is cleaned by mvn clean).
        this.work = root.resolve("bench/target/intake-bench").resolve("run-" + System.currentTimeMillis());
    }

    public static void main(String[] args) throws Exception {
        Result result = run(Settings.fromSystemProperties());
        System.exit(result.exactlyOnce() ? 0 : 1);
    }

    /** Runs the bench (for a smoke IT too) and prints its report; the result says whether exactly-once held. */
    public static Result run(Settings settings) throws Exception {
        IntakeBench bench = new IntakeBench(settings, RepoRoot.locate());
        return BenchServices.withStack(bench.root, bench.work, bench::measure);
    }

    private Result measure(BenchServices services, DevIdp idp, EmbeddedMariaDb mariaDb, EmbeddedKafka kafka) throws Exception {
        say(String.format("%d cores; %d staff connections registering minimaria-a-cra cases for %d s (first %d s"
                        + " warm-up)%s%s", Runtime.getRuntime().availableProcessors(), settings.connections(),
                settings.seconds(), settings.warmupSeconds(), settings.smoke() ? " (smoke)" : "",
                settings.anonymous() ? ", the unit WITHOUT its service token" : ""));
        List<Integer> ports = FreePorts.take(3);
        Map<String, String> unit = database(mariaDb, UNIT_DATABASE);
        unit.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        unit.put("ELIGIBILITY_URL", "http://127.0.0.1:" + ports.get(0));
        if (settings.anonymous()) {
            // For comparison: the unit without its service token is one address under the public limits.
            unit.put("SUITE_SERVICE_AUTH", "false");
        }
        Map<String, String> statistics = database(mariaDb, STATISTICS_DATABASE);
        statistics.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());

        // eligibility-service as deployed: its public limits stay, the unit's service token gets the suite budget.
        ChildService eligibility = services.start("eligibility-service", ports.get(0), Map.of(), List.of());
        ChildService minimaria = services.start("minimaria-service", ports.get(1), unit,
                LiftedRateLimits.javaOptions("intake"));
        ChildService county = services.start("statistics-service", ports.get(2), statistics, List.of());
        for (ChildService child : List.of(eligibility, minimaria, county)) {
            say(child.name() + " healthy after " + child.awaitHealthy(client, HEALTH_TIMEOUT) + " ms");
        }

        String staff = idp.token("bench-staff", "minimaria", "STAFF");
        Load load = load(minimaria.baseUrl(), staff);
        try (Connection db = DriverManager.getConnection(mariaDb.serverUrl(), mariaDb.username(), mariaDb.password())) {
            long events = awaitCounted(db);
            Result result = new Result(load.created.sum(), load.refused.sum(), new TreeMap<>(load.refusals),
                    load.steadyCreated.sum() / load.steadySeconds, percentile(load.latencies, 0.50), percentile(load.latencies, 0.99),
                    count(db, UNIT_DATABASE + ".case_file"), count(db, UNIT_DATABASE + ".audit_log"),
                    chainIntact(minimaria.baseUrl(), idp.token("bench-manager", "minimaria", "UNIT_MANAGER")),
                    events, count(db, STATISTICS_DATABASE + ".processed_event"));
            report(result);
            return result;
        }
    }

    private static final class Load {
        final LongAdder created = new LongAdder();
        /** Created after the warm-up: the throughput and latency figures are of these. */
        final LongAdder steadyCreated = new LongAdder();
        final LongAdder refused = new LongAdder();
        final Map<Integer, Long> refusals = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        double steadySeconds;
    }

    private Load load(String baseUrl, String staffToken) throws InterruptedException {
        Load load = new Load();
        AtomicInteger person = new AtomicInteger();
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        long steadyFrom = started + Duration.ofSeconds(settings.warmupSeconds()).toNanos();
        long deadline = started + Duration.ofSeconds(settings.seconds()).toNanos();
        List<Thread> staff = new ArrayList<>();
        for (int i = 0; i < settings.connections(); i++) {
            Thread connection = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/cases"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + staffToken)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(aCraCase(person.getAndIncrement(), today)))
                            .build();
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    boolean steady = sent >= steadyFrom;
                    if (steady) {
                        load.latencies.add(System.nanoTime() - sent);
                    }
                    if (status == 201) {
                        load.created.increment();
                        if (steady) {
                            load.steadyCreated.increment();
                        }
                    } else {
                        load.refused.increment();
                        load.refusals.merge(status, 1L, Long::sum);
                    }
                }
            }, "staff-" + i);
            connection.start();
            staff.add(connection);
        }
        for (Thread thread : staff) {
            thread.join();
        }
        load.steadySeconds = (System.nanoTime() - steadyFrom) / 1e9;
        return load;
    }

    /**
     * An adult A-CRA case (14 kap. 3 §, INDIVIDUAL) with a made-up but valid identity number, a different person
     * each time; the age given is the one the number gives on the start date.
     */
    static String aCraCase(int index, LocalDate today) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(index % 9000);
        String serial = String.format("%03d", (index / 9000) % 1000);
        String nine = birth.format(BIRTH).substring(2) + serial;
        String identity = birth.format(BIRTH) + "-" + serial + Canaries.luhnDigit(nine);
        int age = Period.between(birth, today).getYears();
        return """
                {"insats":"minimaria-a-cra","age":%d,"gender":"unknown","kommun":"2380",
                 "person":{"identityNumber":"%s","givenName":"Bänk","familyName":"Testperson"}}"""
                .formatted(age, identity);
    }

    /**
     * Waits until the county has counted every outbox event of the unit (or DRAIN_TIMEOUT has passed: the result then
     * shows how many were not); returns the number of events. Asked every 200 ms by a scheduled task, no thread sleeps.
     */
    private long awaitCounted(Connection db) throws SQLException, InterruptedException {
        long events = count(db, UNIT_DATABASE + ".outbox");
        CompletableFuture<Void> counted = new CompletableFuture<>();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleWithFixedDelay(() -> {
            try {
                if (count(db, STATISTICS_DATABASE + ".processed_event") >= events) {
                    counted.complete(null);
                }
            } catch (SQLException e) {
                counted.completeExceptionally(e);
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        try {
            counted.get(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException notAll) {
            // reported by the caller, which compares what was counted with what was sent
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof SQLException sql ? sql : new SQLException(failed.getCause());
        } finally {
            poller.shutdownNow();
        }
        return events;
    }

    private boolean chainIntact(String baseUrl, String managerToken) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/audit/verification"))
                .header("Authorization", "Bearer " + managerToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 && answer.body().replace(" ", "").contains("\"intact\":true");
    }

    private void report(Result result) {
        say(String.format("created %d cases in %d s; after the warm-up %.1f cases/s, p50 %.0f ms, p99 %.0f ms;"
                        + " refused %d %s", result.created(), settings.seconds(), result.casesPerSecond(), result.p50Millis(),
                result.p99Millis(), result.refused(), result.refusals()));
        say(String.format("exactly once: %d cases, %d access-log rows (chain %s), %d events, %d counted: %s",
                result.cases(), result.auditRows(), result.chainIntact() ? "intact" : "BROKEN", result.events(),
                result.counted(), result.exactlyOnce() ? "holds" : "DOES NOT HOLD"));
    }

    private static Map<String, String> database(EmbeddedMariaDb mariaDb, String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DATASOURCES_DEFAULT_URL", mariaDb.createDatabase(name));
        environment.put("DATASOURCES_DEFAULT_USERNAME", mariaDb.username());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", mariaDb.password());
        return environment;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double percentile(ConcurrentLinkedQueue<Long> nanos, double quantile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return Percentiles.of(sorted, quantile) / 1e6;
    }

    private static void say(String line) {
        System.out.println("intake-bench: " + line);
    }
}
