package se.jamtland.devstack;

import se.jamtland.runtime.LogFormat;
import se.jamtland.testinfra.EmbeddedKafka;
import se.jamtland.testinfra.EmbeddedMariaDb;
import se.jamtland.testinfra.ScratchDirectory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * The README's "run everything": an embedded MariaDB and Kafka in this JVM, and every service of {@link Services}
 * as a child JVM on its fixed port. Runs until Ctrl-C, then stops the services, Kafka and MariaDB in that order.
 */
public final class DevStack {

    /** Where the dev IdP listens (127.0.0.1 only); the README's login lines use it. */
    public static final int TOKEN_ISSUER_PORT = DevIdp.PORT;

    /** How long a service gets to shut down after SIGTERM before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    /**
     * The same for a service that writes its start-up cache as it exits (first run after a build only): with six
     * JVMs writing theirs at once on two busy cores (load average 14) it took two minutes; killed, they leave none.
     */
    private static final Duration STOP_GRACE_WRITING_CACHE = Duration.ofSeconds(180);

    private final Path root;
    private final Path dataDir;
    private final Settings settings;
    private final List<ServiceSpec> services;
    private final HealthProbe healthProbe = new HealthProbe();
    private final List<ServiceProcess> running = new CopyOnWriteArrayList<>();
    /** Filled and read by the main thread only. */
    private final Map<String, String> health = new LinkedHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    // Guarded by this: whatever starts checks "stopping" under the same lock, so a Ctrl-C during start-up
    // cannot miss a server or service that is just being started.
    private boolean stopping;
    /** Set once every service answered /health; before that a dying service fails the start instead. */
    private volatile boolean up;
    private EmbeddedMariaDb mariaDb;
    private final List<OrphanGuard> mariaDbGuards = new CopyOnWriteArrayList<>();
    private EmbeddedKafka kafka;
    private DevIdp tokenIssuer;

    DevStack(Path root, Settings settings, List<ServiceSpec> services) {
        this.root = root;
        this.dataDir = root.resolve("devstack/target/devstack-data");
        this.settings = settings;
        this.services = List.copyOf(services);
    }

    public static void main(String[] args) throws InterruptedException {
        DevStack stack;
        try {
            stack = new DevStack(RepoRoot.locate(), Settings.fromEnvironment(), Services.ALL);
        } catch (DevStackException e) {
            Console.error(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            if (!stack.isStopping()) {
                reportFailure(e);
                stack.stop();
                System.exit(1);
            }
            // Otherwise Ctrl-C came during start-up and the shutdown hook is already stopping everything.
        }
        stack.stopped.await();
    }

    void start() {
        long startedAt = System.nanoTime();
        // Everything that can be checked without starting anything, first, so a mistake costs no waiting.
        Map<ServiceSpec, ServiceLaunch> launches = new LinkedHashMap<>();
        for (ServiceSpec spec : services) {
            launches.put(spec, settings.launch(root, spec));
        }
        requireFreePorts();
        // A fresh data folder per run: devstack's databases and topics are scratch, never kept between runs.
        ScratchDirectory.recreate(dataDir);

        say("starting MariaDB on port " + settings.databasePort() + " ...");
        startMariaDb();
        say("starting Kafka ...");
        startKafka();
        startTokenIssuer();
        for (Map.Entry<ServiceSpec, ServiceLaunch> entry : launches.entrySet()) {
            startService(entry.getKey(), entry.getValue());
        }

        Instant deadline = Instant.now().plus(settings.healthTimeout());
        for (ServiceProcess service : running) {
            health.put(service.spec().name(), healthProbe.awaitUp(service, deadline, settings.healthTimeout()));
        }
        for (ServiceProcess service : running) {
            if (!service.isAlive()) {
                throw new DevStackException(service.spec().name() + " exited with code " + service.exitValue()
                        + " after it had answered /health. Its output is above, in the lines marked "
                        + service.spec().name() + ".");
            }
        }
        up = true;
        printSummary(Duration.ofNanos(System.nanoTime() - startedAt));
    }

    private synchronized void startMariaDb() {
        requireNotStopping();
        try {
            mariaDb = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), settings.databasePort());
            OrphanGuard.childrenNamed("mariadbd").forEach(mariadbd ->
                    OrphanGuard.endWhenGone(ProcessHandle.current(), mariadbd).ifPresent(mariaDbGuards::add));
        } catch (IllegalStateException e) {
            throw new DevStackException("MariaDB did not start on port " + settings.databasePort() + ": "
                    + rootCause(e) + ". Another port can be chosen with DEVSTACK_DB_PORT.", e);
        }
    }

    private synchronized void startKafka() {
        requireNotStopping();
        try {
            kafka = EmbeddedKafka.start(dataDir.resolve("kafka"));
        } catch (IllegalStateException e) {
            throw new DevStackException("Kafka did not start: " + rootCause(e), e);
        }
    }

    private synchronized void startTokenIssuer() {
        requireNotStopping();
        say("starting the dev IdP (mock-oauth2-server) on port " + TOKEN_ISSUER_PORT + " ...");
        // Its own JVM (it brings its own Netty, Jackson and Kotlin), output in a file: it says little.
        tokenIssuer = DevIdp.start(root, TOKEN_ISSUER_PORT, root.resolve("devstack/target/dev-idp.log"));
    }

    private synchronized void startService(ServiceSpec spec, ServiceLaunch launch) {
        requireNotStopping();
        Map<String, String> environment = ServiceProcess.environment(spec, mariaDb, kafka);
        // DEV ONLY: the services trust devstack's IdP here (its issuer, found by discovery); deployed, the county's.
        environment.putAll(tokenIssuer.serviceEnvironment());
        List<String> command = ServiceProcess.command(launch, spec, settings.javaOptions());
        ServiceProcess service = ServiceProcess.start(root, spec, command, environment, launch);
        running.add(service);
        say("started " + spec.name() + " (pid " + service.pid() + ") on port " + spec.port()
                + (spec.hasDatabase() ? ", database " + spec.databaseName() : "")
                + (spec.usesKafka() ? ", Kafka" : "") + "; " + launch.describe());
        service.onExit().thenRun(() -> reportExit(service));
    }

    private void reportExit(ServiceProcess service) {
        if (!up || isStopping()) {
            return;
        }
        int code = service.exitValue();
        String name = service.spec().name();
        // 130 and 143 are how a JVM ends on SIGINT / SIGTERM: Ctrl-C in the terminal reaches the services too.
        String how = code == 130 || code == 143
                ? " was stopped by a signal (exit code " + code + ")"
                : " EXITED UNEXPECTEDLY with code " + code + "; its last output is above, in the lines marked " + name;
        Console.error(name + how + ". The rest keeps running; Ctrl-C stops everything.");
    }

    private void requireNotStopping() {
        if (stopping) {
            throw new DevStackException("stopping");
        }
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    /** Idempotent; runs from the shutdown hook on Ctrl-C, or from main when start-up failed. */
    void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        try {
            if (running.isEmpty() && kafka == null && mariaDb == null && tokenIssuer == null) {
                return;
            }
            say("stopping ...");
            stopServices();
            if (tokenIssuer != null) {
                stopQuietly("dev IdP", tokenIssuer::close);
            }
            if (kafka != null) {
                stopQuietly("Kafka", kafka::close);
            }
            // Before MariaDB stops: a guard left running could signal the pid once mariadbd no longer has it.
            mariaDbGuards.forEach(OrphanGuard::close);
            if (mariaDb != null) {
                stopQuietly("MariaDB", mariaDb::close);
            }
            say("everything stopped.");
        } finally {
            stopped.countDown();
        }
    }

    private void stopServices() {
        // All at once, so stopping takes one grace period, not one per service.
        running.forEach(ServiceProcess::requestStop);
        if (running.stream().anyMatch(ServiceProcess::writesStartupCache)) {
            say("writing start-up caches for the next start (once after each build; seconds, or a minute or two on a"
                    + " busy machine) ...");
        }
        for (ServiceProcess service : running) {
            String name = service.spec().name();
            Duration grace = service.writesStartupCache() ? STOP_GRACE_WRITING_CACHE : STOP_GRACE;
            try {
                if (service.awaitExit(grace)) {
                    say("stopped " + name + " (exit code " + service.exitValue() + ")"
                            + (service.keepStartupCache() ? "; its start-up cache is written" : ""));
                } else {
                    say(name + " did not stop within " + grace.toSeconds() + " s; killed it");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                say("interrupted while stopping " + name);
            }
        }
    }

    private void stopQuietly(String what, Runnable close) {
        try {
            close.run();
            say("stopped " + what);
        } catch (RuntimeException e) {
            // Keep going: a failing Kafka stop must not leave MariaDB running.
            say(what + " did not stop cleanly: " + rootCause(e));
        }
    }

    private void requireFreePorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(settings.databasePort(), "MariaDB");
        ports.put(TOKEN_ISSUER_PORT, "dev IdP");
        services.forEach(spec -> ports.put(spec.port(), spec.name()));
        requireFree(ports, PortHolders.linux());
    }

    /** Fails naming each taken port, what devstack wanted it for and which process holds it. */
    static void requireFree(Map<Integer, String> ports, PortHolders holders) {
        List<Integer> taken = new ArrayList<>();
        ports.forEach((port, owner) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            } catch (IOException e) {
                taken.add(port);
            }
        });
        if (!taken.isEmpty()) {
            Map<Integer, String> held = holders.describe(taken);
            StringBuilder message = new StringBuilder("Port(s) already in use:");
            taken.forEach(port -> message.append("\n  ").append(port).append(" (").append(ports.get(port))
                    .append("), ").append(held.get(port)));
            throw new DevStackException(message.append("\nIs another devstack or a service still running? Stop it"
                    + " (kill <pid>); MariaDB's port can also be changed with DEVSTACK_DB_PORT.").toString());
        }
    }

    private void printSummary(Duration took) {
        String format = "  %-" + LogFormat.SERVICE_WIDTH + "s  %-40s  %s%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format("%ndevstack is up (%.1f s):%n", took.toMillis() / 1000.0));
        table.append(String.format(format, "service", "address", "health"));
        for (ServiceProcess service : running) {
            ServiceSpec spec = service.spec();
            table.append(String.format(format, spec.name(), spec.url(), health.get(spec.name())));
        }
        table.append(String.format(format, "MariaDB", mariaDb.serverUrl(),
                "user " + mariaDb.username() + (mariaDb.password().isEmpty() ? ", no password" : "")
                        + "; one database per service"));
        table.append(String.format(format, "Kafka", kafka.bootstrapServers(), "bootstrap servers"));
        table.append(String.format(format, "dev-idp", tokenIssuer.issuer(),
                "DEV ONLY: POST /token client_credentials, e.g. client_id=dev-cmv-staff (see README)"));
        // The county dashboard (issue 14): statistics-service's pages; the IdP's login form takes the claims.
        Services.ALL.stream().filter(spec -> spec.name().equals("statistics-service")).findFirst().ifPresent(spec ->
                table.append(String.format(format, "dashboard", spec.url() + "/", "county statistician: log in with "
                        + "claims {\"unit\":\"county\",\"roles\":[\"COUNTY_STATISTICS\"]}")));
        List<String> staffPages = StaffPageAddresses.lines(running.stream().map(ServiceProcess::spec).toList());
        if (!staffPages.isEmpty()) {
            // Issue 13: each unit's staff pages, logged in through the dev IdP's form (devstack README).
            table.append(String.format("%nPersonalens sidor (användarnamn valfritt; klistra in claims i inloggningen):%n"));
            staffPages.forEach(line -> table.append("  ").append(line).append(System.lineSeparator()));
        }
        table.append(String.format("%nData under %s (deleted at the next start). Ctrl-C stops everything.%n",
                root.relativize(dataDir)));
        System.out.print(table);
    }

    private static void reportFailure(RuntimeException e) {
        if (e instanceof DevStackException) {
            Console.error("FAILED: " + e.getMessage());
        } else {
            Console.error("FAILED unexpectedly:");
            e.printStackTrace();
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " <- " + cause;
    }

    private static void say(String message) {
        Console.info(message);
    }
}
