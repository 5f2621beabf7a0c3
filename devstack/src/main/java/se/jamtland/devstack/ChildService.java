package se.jamtland.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service of the suite as a child JVM: the one place that starts a service's process (its module folder as
 * working directory, its port, its environment), waits for its {@code /health} and stops it (SIGTERM, then a kill
 * after a grace period). Tests and benches start it the way devstack does (its built classpath, devstack's JVM
 * options, ending with this JVM) on a port of their choosing, so a running devstack never clashes, with its output
 * in a file, so their own output stays readable; devstack's own children ({@link ServiceProcess}) are these too,
 * with a start-up cache and their output copied to its console.
 */
public final class ChildService implements AutoCloseable {

    /** Micronaut's shutdown includes the statistics consumer's own 10 s join; give it that and a little more. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final Duration HEALTH_POLL = Duration.ofMillis(50);
    static final String KAFKA_SECURITY_PROTOCOL = "KAFKA_SECURITY_PROTOCOL";
    static final String PLAINTEXT = "PLAINTEXT";
    private static final Pattern HEALTH_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Za-z_]+)\"");

    private final Launch launch;
    /** Where its output goes, for messages: a file, or devstack's console. */
    private final String log;
    private final Process process;
    private final long startedNanos;

    /** Everything needed to start the same service again, on the same port with the same settings. */
    private record Launch(Path root, ServiceSpec spec, int port, Map<String, String> environment,
                          List<String> command) {
    }

    private ChildService(Launch launch, String log, Process process, long startedNanos) {
        this.launch = launch;
        this.log = log;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts the service from what the build produced (this JVM's Java, the module's classes, no start-up cache);
     * call {@link #awaitHealthy} before using it.
     *
     * @param environment added to this JVM's; the service's port is set from {@code port}
     * @param javaOptions come after devstack's JVM options, so they win
     * @param log         the file its output goes to (its folder is created)
     */
    public static ChildService start(Path root, ServiceSpec spec, int port, Map<String, String> environment,
                                     List<String> javaOptions, Path log) throws IOException {
        return start(root, spec, port, environment, ServiceLaunch.plain(root, spec), javaOptions, log);
    }

    /** The same with a given Java, classpath and start-up cache (the bench's start-up comparison). */
    public static ChildService start(Path root, ServiceSpec spec, int port, Map<String, String> environment,
                                     ServiceLaunch serviceLaunch, List<String> javaOptions, Path log)
            throws IOException {
        List<String> command = ServiceProcess.command(serviceLaunch, spec, javaOptions);
        return launch(new Launch(root, spec, port, Map.copyOf(environment), command), log);
    }

    /** devstack's start: its own command (start-up cache), output on a pipe that devstack copies to its console. */
    static ChildService startForConsole(Path root, ServiceSpec spec, Map<String, String> environment,
                                        List<String> command) throws IOException {
        Launch launch = new Launch(root, spec, spec.port(), Map.copyOf(environment), List.copyOf(command));
        return launch(launch, ProcessBuilder.Redirect.PIPE, "the lines marked " + spec.name() + " above");
    }

    private static ChildService launch(Launch launch, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        return launch(launch, ProcessBuilder.Redirect.to(log.toFile()), log.toString());
    }

    private static ChildService launch(Launch launch, ProcessBuilder.Redirect output, String log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(launch.root().resolve(launch.spec().moduleDir()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        // Every child started from here talks to test-infra's embedded broker, which has no TLS; production must
        // name its protocol (issue 16 §1), so this says it for them unless the caller did.
        builder.environment().put(KAFKA_SECURITY_PROTOCOL, PLAINTEXT);
        builder.environment().putAll(launch.environment());
        // The fixed port in the spec is devstack's; a running devstack must not clash with a test or bench.
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(launch.port()));
        // Locally the management endpoints (health, /prometheus) stay on the service's port, where devstack and the
        // tests ask: the production default 9090 (application-service.yml, issue 16 §2) would be one port for every
        // child. A launch that sets ENDPOINTS_ALL_PORT itself (the production layout) keeps its own.
        builder.environment().putIfAbsent("ENDPOINTS_ALL_PORT", Integer.toString(launch.port()));
        long started = System.nanoTime();
        return new ChildService(launch, log, builder.start(), started);
    }

    /** The same service once more (after this one stopped or was killed), its output in {@code log}. */
    public ChildService startAgain(Path log) throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name() + " is still running");
        }
        return launch(launch, log);
    }

    public String name() {
        return launch.spec().name();
    }

    /** Where its output goes: the file's path, or for devstack's own children, which lines of the console. */
    public String log() {
        return log;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + launch.port();
    }

    /** What {@code /health} first answered with 200: after how long, and the status it reported (e.g. UP). */
    public record Health(long millisFromStart, String status) {
    }

    /**
     * Waits for the first 200 on {@code /health}; fails at once, naming the log, if the service exits first.
     *
     * @return milliseconds from process start to that answer
     */
    public long awaitHealthy(HttpClient client, Duration timeout) throws InterruptedException {
        return awaitHealthy(client, timeout, HEALTH_POLL);
    }

    /** @param poll the time between two asks, which bounds how precisely the start-up time is measured */
    public long awaitHealthy(HttpClient client, Duration timeout, Duration poll) throws InterruptedException {
        return awaitHealth(client, startedNanos + timeout.toNanos(), timeout, poll).millisFromStart();
    }

    /**
     * The wait itself, until {@code deadlineNanos} ({@link System#nanoTime()}); devstack waits for all its services
     * until one deadline.
     *
     * @param timeout what the deadline stands for, for the message when it passes
     * @throws IllegalStateException if the service exits first (then it is no longer {@link #isAlive()}) or the
     *                               deadline passes
     */
    Health awaitHealth(HttpClient client, long deadlineNanos, Duration timeout, Duration poll)
            throws InterruptedException {
        return awaitOk(client, "/health", deadlineNanos, timeout, poll);
    }

    /**
     * Waits for the first 200 on {@code path}, for a child that has no {@code /health} (the dev IdP answers its
     * discovery document once it can sign tokens); fails at once, naming the log, if it exits first.
     */
    public long awaitOk(HttpClient client, String path, Duration timeout) throws InterruptedException {
        return awaitOk(client, path, startedNanos + timeout.toNanos(), timeout, HEALTH_POLL).millisFromStart();
    }

    private Health awaitOk(HttpClient client, String path, long deadlineNanos, Duration timeout, Duration poll)
            throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(2)).GET().build();
        String last = "no answer";
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name() + " exited with code " + process.exitValue()
                        + " before it was healthy; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return new Health(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos),
                            status(response.body()));
                }
                last = "HTTP " + response.statusCode()
                        + (response.statusCode() == 404 ? ", so the service probably lacks micronaut-management" : "");
            } catch (IOException notYet) {
                last = "no answer (" + notYet.getClass().getSimpleName() + ")";
            }
            if (System.nanoTime() - deadlineNanos >= 0) {
                throw new IllegalStateException(name() + " did not answer " + path + " with 200 within "
                        + timeout.toSeconds() + " s (last: " + last + "); see " + log);
            }
            ServiceProcess.pauseWhileRunning(process, poll);
        }
    }

    private static String status(String body) {
        Matcher matcher = HEALTH_STATUS.matcher(body == null ? "" : body);
        return matcher.find() ? matcher.group(1) : "200";
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** For devstack: its output pipe, exit code and end. */
    Process process() {
        return process;
    }

    /**
     * SIGTERM, so Micronaut shuts down as in production (the consumer leaves its group); see {@link #awaitExit}.
     * Through its ProcessHandle: {@code Process.destroy()} also closes the pipe the service writes to, so a service
     * under devstack lost its last lines, and a JVM writing its start-up cache at exit died of the broken pipe.
     */
    public void requestStop() {
        process.toHandle().destroy();
    }

    /** @return whether it exited within {@code grace}; if not, it has been killed */
    public boolean awaitExit(Duration grace) throws InterruptedException {
        if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        process.destroyForcibly();
        process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        return false;
    }

    /** @return the exit code, or -1 if it had to be killed */
    public int awaitStopped() throws InterruptedException {
        return awaitExit(STOP_GRACE) ? process.exitValue() : -1;
    }

    public int stop() throws InterruptedException {
        requestStop();
        return awaitStopped();
    }

    /** SIGKILL: no shutdown hook, no last commit, no graceful end of a relay round, as when the machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@link #stop}, for try-with-resources. */
    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
