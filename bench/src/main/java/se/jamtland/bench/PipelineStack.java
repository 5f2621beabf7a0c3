package se.jamtland.bench;

import se.jamtland.devstack.ChildService;
import se.jamtland.devstack.DevIdp;
import se.jamtland.devstack.ServiceProcess;
import se.jamtland.devstack.ServiceSpec;
import se.jamtland.devstack.Services;
import se.jamtland.runtime.settings.ServiceMain;
import se.jamtland.testinfra.EmbeddedKafka;
import se.jamtland.testinfra.EmbeddedMariaDb;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.ScratchDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The activity-event pipeline as deployed, for the benches that measure it or break it: MariaDB and Kafka
 * embedded in this JVM, eligibility-service, cmv-service and statistics-service as child JVMs on free ports, from
 * the classpath devstack uses. Work files (databases, topic, the services' output) in one folder, emptied at start.
 * {@link #startCounty} starts the county's side alone (MariaDB, Kafka, statistics-service).
 */
final class PipelineStack implements AutoCloseable {

    static final String UNIT_DATABASE = "bench_cmv";
    static final String STATISTICS_DATABASE = "bench_statistics";
    /** No session limit (unlike Samtal om våld's 20), and age 35 meets its villkor. */
    private static final String OPEN_CASE = "{\"insats\":\"cmv-kast\",\"startDate\":\"2025-08-01\",\"age\":35}";
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(200);
    /**
     * A broker stopped and started again can register anew only once its old session has expired (9 s by
     * default); with 3 s the broker fault takes seconds, not ten. Heartbeats stay well inside that, and the
     * broker and its controller share this JVM.
     */
    private static final Map<String, String> BROKER_CONFIG = Map.of(
            "broker.session.timeout.ms", "3000",
            "broker.heartbeat.interval.ms", "500");
    private static final Pattern CASE_CODE = Pattern.compile("\"caseCode\"\\s*:\\s*\"([^\"]+)\"");

    private final Path root;
    private final Path work;
    private final List<String> javaOptions;
    private final Consumer<String> say;
    private final HttpClient client;
    /** The services verify tokens as in production; the bench gets its own from the dev IdP (its own JVM). */
    private DevIdp idp;
    private String staffToken;
    /** The county statistician's role, the only one statistics-service answers (COUNTY_STATISTICS). */
    private String statisticianToken;
    // Guarded by this: the shutdown hook (Ctrl-C) and the normal end both clean up, whichever comes first.
    private final List<ChildService> children = new ArrayList<>();
    private final Map<String, Integer> restarts = new HashMap<>();
    private EmbeddedMariaDb mariaDb;
    private EmbeddedKafka kafka;
    private ChildService eligibility;
    private ChildService cmv;
    private ChildService statistics;
    private boolean cleanedUp;
    private final Thread shutdownHook = new Thread(this::close, "pipeline-stack-stop");

    private PipelineStack(Path root, Path work, List<String> javaOptions, HttpClient client, Consumer<String> say) {
        this.root = root;
        this.work = work;
        this.javaOptions = List.copyOf(javaOptions);
        this.client = client;
        this.say = say;
    }

    /**
     * Empties {@code work}, then points logback at a file in it before anything logs, so the embedded brokers'
     * output goes there and not into the report. Call first, before any logger exists.
     */
    static void prepareWork(Path work) throws IOException {
        ScratchDirectory.recreate(work);
        Files.createDirectories(work.resolve("logs"));
        quietLogging(work);
    }

    /**
     * Starts everything and waits until the three services are healthy. Until {@link #close()}, a shutdown hook
     * (Ctrl-C) stops it all too, even halfway through start-up.
     */
    static PipelineStack start(Path root, Path work, List<String> javaOptions, HttpClient client,
                               Consumer<String> say) throws IOException, InterruptedException {
        return start(root, work, javaOptions, client, say, true);
    }

    /**
     * The county's side only: MariaDB, Kafka and statistics-service, for a bench that writes onto the topic
     * itself, as the units' relays would (CountyVolumeBench); {@link #cmv()} is then null.
     */
    static PipelineStack startCounty(Path root, Path work, List<String> javaOptions, HttpClient client,
                                     Consumer<String> say) throws IOException, InterruptedException {
        return start(root, work, javaOptions, client, say, false);
    }

    private static PipelineStack start(Path root, Path work, List<String> javaOptions, HttpClient client,
                                       Consumer<String> say, boolean withUnit)
            throws IOException, InterruptedException {
        PipelineStack stack = new PipelineStack(root, work, javaOptions, client, say);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        boolean started = false;
        try {
            stack.startAll(withUnit);
            started = true;
            return stack;
        } finally {
            if (!started) {
                stack.close();
            }
        }
    }

    private void startAll(boolean withUnit) throws IOException, InterruptedException {
        ServiceSpec eligibilitySpec = spec("eligibility-service");
        ServiceSpec cmvSpec = spec("cmv-service");
        ServiceSpec statisticsSpec = spec("statistics-service");
        List<Integer> ports = FreePorts.take(4);

        say.accept("starting the dev IdP ...");
        startIdp(ports.get(3));
        say.accept("starting MariaDB and Kafka ...");
        startInfrastructure();
        Map<String, String> statisticsEnvironment = databaseAndBroker(STATISTICS_DATABASE);

        say.accept("starting " + (withUnit ? "eligibility-service, cmv-service and " : "") + "statistics-service"
                + " (output in " + root.relativize(work.resolve("logs")) + ") ...");
        if (withUnit) {
            Map<String, String> cmvEnvironment = databaseAndBroker(UNIT_DATABASE);
            cmvEnvironment.put("ELIGIBILITY_URL", "http://127.0.0.1:" + ports.get(0));
            eligibility = startChild(eligibilitySpec, ports.get(0), Map.of());
            cmv = startChild(cmvSpec, ports.get(1), cmvEnvironment);
        }
        statistics = startChild(statisticsSpec, ports.get(2), statisticsEnvironment);
        for (ChildService child : withUnit ? List.of(eligibility, cmv, statistics) : List.of(statistics)) {
            long ms = child.awaitHealthy(client, HEALTH_TIMEOUT);
            say.accept(child.name() + " healthy after " + ms + " ms on " + child.baseUrl());
        }
    }

    private Map<String, String> databaseAndBroker(String database) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("DATASOURCES_DEFAULT_URL", mariaDb.createDatabase(database));
        environment.put("DATASOURCES_DEFAULT_USERNAME", mariaDb.username());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", mariaDb.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        return environment;
    }

    ChildService cmv() {
        return cmv;
    }

    ChildService statistics() {
        return statistics;
    }

    EmbeddedKafka kafka() {
        return kafka;
    }

    EmbeddedMariaDb mariaDb() {
        return mariaDb;
    }

    String staffToken() {
        return staffToken;
    }

    String statisticianToken() {
        return statisticianToken;
    }

    Path logs() {
        return work.resolve("logs");
    }

    PipelineDb openDb() throws SQLException {
        return new PipelineDb(mariaDb.serverUrl(), mariaDb.username(), mariaDb.password(), UNIT_DATABASE,
                STATISTICS_DATABASE);
    }

    /** SIGTERM, as a deployment stops a service; statistics-service's consumer leaves its group. */
    int stopStatistics() throws InterruptedException {
        int exit = statistics.stop();
        forget(statistics);
        return exit;
    }

    /**
     * Starts the service again that stopped or was killed, on its port with its settings (its output in a file
     * of its own, numbered), and waits until it is healthy.
     *
     * @return milliseconds from process start to healthy
     */
    long restart(ChildService stopped) throws IOException, InterruptedException {
        ChildService again;
        synchronized (this) {
            requireNotStopping();
            int count = restarts.merge(stopped.name(), 1, Integer::sum);
            again = stopped.startAgain(logs().resolve(stopped.name() + "-restart-" + count + ".log"));
            children.remove(stopped);
            children.add(again);
            if (stopped == cmv) {
                cmv = again;
            } else if (stopped == statistics) {
                statistics = again;
            } else if (stopped == eligibility) {
                eligibility = again;
            }
        }
        return again.awaitHealthy(client, HEALTH_TIMEOUT);
    }

    private synchronized void forget(ChildService child) {
        children.remove(child);
    }

    /** Opens cases over {@code connections} connections, closed loop: only the codes matter. */
    List<String> openCases(int count, int connections) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cmv.baseUrl() + "/cases"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + staffToken)
                .POST(HttpRequest.BodyPublishers.ofString(OPEN_CASE))
                .build();
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        try {
            List<Future<String>> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                opened.add(workers.submit(() -> {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    Matcher code = CASE_CODE.matcher(response.body());
                    if (response.statusCode() != 201 || !code.find()) {
                        throw new IllegalStateException("POST /cases answered " + response.statusCode() + ": "
                                + response.body().substring(0, Math.min(300, response.body().length())));
                    }
                    return code.group(1);
                }));
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> code : opened) {
                codes.add(code.get());
            }
            return Collections.unmodifiableList(codes);
        } finally {
            workers.shutdownNow();
        }
    }

    /** @return whether every outbox row up to {@code id} was counted within {@code timeout} */
    static boolean awaitCounted(PipelineDb db, long id, Duration timeout) throws SQLException, InterruptedException {
        long expected = db.outboxRowsUpTo(id);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (db.countedOutboxRowsUpTo(id) < expected) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(POLL);
        }
        return true;
    }

    static void awaitUnsentZero(PipelineDb db, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (db.unsentOutboxRows() > 0 && System.nanoTime() < deadline) {
            sleep(POLL);
        }
    }

    /** The service a pid belongs to, for the CPU line; null for anything else (mariadbd). */
    synchronized String childName(long pid) {
        return children.stream().filter(child -> child.pid() == pid).map(ChildService::name).findFirst()
                .orElse(null);
    }

    private ChildService startChild(ServiceSpec spec, int port, Map<String, String> environment) throws IOException {
        synchronized (this) {
            requireNotStopping();
            Map<String, String> withIdp = new HashMap<>(idp.serviceEnvironment());
            // A bench's children run as devstack's do: the dev environment's localhost defaults (issue 16 §1).
            withIdp.put(ServiceMain.DEV_SWITCH, "true");
            withIdp.putAll(ServiceProcess.devVisitorCodeKey(spec));
            withIdp.putAll(environment);
            ChildService child = ChildService.start(root, spec, port, withIdp,
                    LiftedRateLimits.thenOptions(root, spec, javaOptions),
                    logs().resolve(spec.name() + ".log"));
            children.add(child);
            return child;
        }
    }

    private synchronized void startIdp(int port) {
        requireNotStopping();
        idp = DevIdp.start(root, port, logs().resolve("dev-idp.log"));
        staffToken = idp.token("bench-staff", "cmv", "STAFF");
        statisticianToken = idp.token("bench-statistician", "county", "COUNTY_STATISTICS");
    }

    private synchronized void startInfrastructure() {
        requireNotStopping();
        mariaDb = EmbeddedMariaDb.start(work.resolve("data/mariadb"), 0);
        kafka = EmbeddedKafka.start(work.resolve("data/kafka"), BROKER_CONFIG);
    }

    private void requireNotStopping() {
        if (cleanedUp) {
            throw new IllegalStateException("stopping");
        }
    }

    /**
     * Children first (they hold connections to Kafka and MariaDB), then Kafka, then MariaDB; each step on its own,
     * so a failing one cannot leave the next running. Idempotent: the normal end and Ctrl-C both call it.
     */
    @Override
    public synchronized void close() {
        if (cleanedUp) {
            return;
        }
        cleanedUp = true;
        children.forEach(ChildService::requestStop);
        for (ChildService child : children) {
            try {
                child.awaitStopped();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (idp != null) {
            quietly("dev IdP", idp::close);
        }
        if (kafka != null) {
            quietly("Kafka", kafka::close);
        }
        if (mariaDb != null) {
            quietly("MariaDB", mariaDb::close);
        }
        say.accept("everything stopped");
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself: the JVM is already on its way out.
        }
    }

    private static void quietly(String what, Runnable close) {
        try {
            close.run();
        } catch (RuntimeException e) {
            System.err.println("pipeline bench: " + what + " did not stop cleanly: " + e);
        }
    }

    private static ServiceSpec spec(String name) {
        return Services.ALL.stream().filter(spec -> spec.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no service " + name + " in Services.ALL"));
    }

    static void sleep(Duration duration) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }

    /** A fresh work folder per run: the databases and the topic are scratch, like devstack's. */
    /**
     * Without this, test-infra's logback-test.xml would print the embedded brokers' warnings between the report's
     * lines. The bench writes its own configuration (a file under target, not a resource that would reach other
     * modules) that keeps everything at INFO in logs/bench-jvm.log, where it helps when a run fails, and points
     * logback at it before the first logger exists. In a test JVM logging is configured already, and stays so.
     */
    private static void quietLogging(Path work) {
        Path config = work.resolve("logback-bench.xml");
        String xml = """
                <configuration>
                  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
                    <file>%s</file>
                    <encoder><pattern>%%d{HH:mm:ss.SSS} %%-5level [%%thread] %%logger{36} - %%msg%%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="FILE"/></root>
                </configuration>
                """.formatted(work.resolve("logs/bench-jvm.log"));
        try {
            Files.writeString(config, xml);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + config, e);
        }
        System.setProperty("logback.configurationFile", config.toString());
    }
}
