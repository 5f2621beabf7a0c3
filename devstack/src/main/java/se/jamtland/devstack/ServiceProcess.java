package se.jamtland.devstack;

import se.jamtland.events.Unit;
import se.jamtland.runtime.LogFormat;
import se.jamtland.runtime.ParentWatch;
import se.jamtland.runtime.settings.ServiceMain;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.KafkaBroker;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service running under devstack: a {@link ChildService} on its fixed port with its start-up cache, its output
 * copied to devstack's console (see {@link Console}).
 */
public final class ServiceProcess {

    static final String CLASSPATH_FILE = "target/runtime-classpath.txt";

    /** How long to wait for a stopped service's last output lines to be copied. */
    private static final Duration OUTPUT_DRAIN = Duration.ofSeconds(1);

    private final ServiceSpec spec;
    private final ChildService child;
    private final Process process;
    private final Thread outputCopier;
    private final ServiceLaunch launch;

    private ServiceProcess(ServiceSpec spec, ChildService child, Thread outputCopier, ServiceLaunch launch) {
        this.spec = spec;
        this.child = child;
        this.process = child.process();
        this.outputCopier = outputCopier;
        this.launch = launch;
    }

    /**
     * The service's compiled classes plus the dependency list its build wrote, so devstack runs exactly what
     * {@code mvn install} built, without packaging or copying jars.
     */
    public static String classpath(Path root, ServiceSpec spec) {
        Path module = root.resolve(spec.moduleDir());
        Path classes = module.resolve("target/classes");
        Path dependencies = module.resolve(CLASSPATH_FILE);
        if (!Files.isRegularFile(dependencies) || !Files.isDirectory(classes)) {
            Path missing = Files.isRegularFile(dependencies) ? classes : dependencies;
            throw new DevStackException(spec.name() + " is not built: " + missing + " is missing."
                    + " Build everything first, from " + root + ": mvn -q -DskipTests install"
                    + " (if the file is still missing, " + spec.moduleDir() + "/pom.xml lacks the"
                    + " maven-dependency-plugin entry that devstack/README.md shows).");
        }
        try {
            String listed = Files.readString(dependencies).strip();
            return listed.isEmpty() ? classes.toString() : classes + File.pathSeparator + listed;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + dependencies, e);
        }
    }

    /**
     * Micronaut maps these variables onto micronaut.server.port, datasources.default.* and
     * kafka.bootstrap.servers; the rest of a service's production settings come from the dev environment. Creates the service's
     * database first, because a service's migrations expect it to exist.
     */
    static Map<String, String> environment(ServiceSpec spec, DatabaseServer database, KafkaBroker kafka) {
        Map<String, String> environment = new LinkedHashMap<>();
        // DEV ONLY: service-runtime's application-dev.yml (the localhost URLs, PLAINTEXT Kafka); a service
        // started without it is in production and refuses to start without its settings (issue 16 §1).
        environment.put(ServiceMain.DEV_SWITCH, "true");
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(spec.port()));
        if (spec.hasDatabase()) {
            environment.put("DATASOURCES_DEFAULT_URL", database.createDatabase(spec.databaseName()));
            environment.put("DATASOURCES_DEFAULT_USERNAME", database.username());
            environment.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        }
        if (spec.usesKafka()) {
            environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        }
        environment.putAll(devVisitorCodeKey(spec));
        return environment;
    }

    /**
     * A unit's key for visitor codes is a Secret where it is deployed; here a dev key of its own per unit, which it
     * must be given (issue 16 §1): {@code VISITOR_CODE_KEY}, or nothing for a service that is not a unit.
     */
    public static Map<String, String> devVisitorCodeKey(ServiceSpec spec) {
        if (spec.hasDatabase() && Unit.byId(spec.databaseName()).isPresent()) {
            return Map.of("VISITOR_CODE_KEY", "dev-only-visitor-code-key-of-" + spec.databaseName() + "-0000");
        }
        return Map.of();
    }

    /** As before issue 9: this JVM's Java with the given classpath and no start-up cache. */
    public static List<String> command(String classpath, ServiceSpec spec, List<String> javaOptions) {
        return command(ServiceLaunch.currentJava(), classpath, List.of(), spec, javaOptions);
    }

    /** The given Java, classpath and start-up cache (see {@link ServiceLaunch}). */
    public static List<String> command(ServiceLaunch launch, ServiceSpec spec, List<String> javaOptions) {
        return command(launch.java(), launch.classpath(), launch.cacheOptions(), spec, javaOptions);
    }

    private static List<String> command(Path java, String classpath, List<String> cacheOptions, ServiceSpec spec,
                                        List<String> javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(Services.JVM_OPTIONS);
        command.addAll(childOptions(spec));
        command.addAll(cacheOptions);
        command.addAll(javaOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(spec.mainClass());
        return command;
    }

    /**
     * What every service started from here is told: to end when this JVM does (a killed devstack or test JVM must
     * not leave services holding ports), and to log readable lines, not its production JSON (issue 9 §6).
     */
    static List<String> childOptions(ServiceSpec spec) {
        return List.of(
                "-D" + ParentWatch.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid(),
                "-D" + LogFormat.FORMAT_PROPERTY + "=" + LogFormat.READABLE,
                "-D" + LogFormat.SERVICE_PROPERTY + "=" + spec.name());
    }

    static ServiceProcess start(Path root, ServiceSpec spec, List<String> command, Map<String, String> environment,
                                ServiceLaunch launch) {
        try {
            ChildService child = ChildService.startForConsole(root, spec, environment, command);
            return new ServiceProcess(spec, child, copyOutput(spec.name(), child.process()), launch);
        } catch (IOException e) {
            throw new DevStackException("Could not start " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    private static Thread copyOutput(String name, Process process) {
        Thread copier = new Thread(() -> {
            try (BufferedReader lines = process.inputReader()) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println(Console.fromService(name, line));
                }
            } catch (IOException e) {
                // The stream closes when the process is destroyed; nothing is lost that the user needs.
            }
        }, "devstack-output-" + name);
        // Daemon so that a service that keeps its stdout open never keeps devstack's JVM alive.
        copier.setDaemon(true);
        copier.start();
        return copier;
    }

    /**
     * One pause of a poll loop that waits for a child to come up: the given time, or less if the child exits
     * first, so a crash is noticed at once instead of after the next poll.
     */
    public static void pauseWhileRunning(Process child, Duration pause) throws InterruptedException {
        try {
            child.onExit().get(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stillRunning) {
            // The normal case: time to poll again.
        } catch (java.util.concurrent.ExecutionException impossible) {
            // onExit() never completes exceptionally.
        }
    }

    ServiceSpec spec() {
        return spec;
    }

    ChildService child() {
        return child;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Whether this run makes the service's start-up cache, which it writes as it exits. */
    boolean writesStartupCache() {
        return launch.isTraining();
    }

    /**
     * After it exited: keeps the start-up cache it wrote, if it did and ended in order (exit code 0, or 130/143 after
     * SIGINT/SIGTERM); a JVM that crashed may have left half a cache. See {@link ServiceLaunch#keepTrainedCache}.
     */
    boolean keepStartupCache() {
        int code = process.exitValue();
        return (code == 0 || code == 130 || code == 143) && launch.keepTrainedCache();
    }

    /** Asks the service to stop (SIGTERM, so Micronaut runs its shutdown); see {@link #awaitExit}. */
    void requestStop() {
        child.requestStop();
    }

    /** @return whether it exited within {@code grace}; if not, it has been killed */
    boolean awaitExit(Duration grace) throws InterruptedException {
        boolean exited = child.awaitExit(grace);
        // So that the service's own shutdown messages appear before devstack says it stopped.
        outputCopier.join(OUTPUT_DRAIN.toMillis());
        return exited;
    }
}
