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

/**
 * One service of the suite as a child JVM for tests and benches: started the way devstack starts it (its built
 * classpath, devstack's JVM options, its module folder as working directory, ending with this JVM) but on a port
 * of the caller's choosing, so a running devstack never clashes, and with its output in a file, so the caller's
 * own output stays readable. devstack's own children ({@link ServiceProcess}) print to its console instead.
 */
public final class ChildService implements AutoCloseable {

    /** Micronaut's shutdown includes the statistics consumer's own 10 s join; give it that and a little more. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final Duration HEALTH_POLL = Duration.ofMillis(50);

    private final Launch launch;
    private final Path log;
    private final Process process;
    private final long startedNanos;

    /** Everything needed to start the same service again, on the same port with the same settings. */
    private record Launch(Path root, ServiceSpec spec, int port, Map<String, String> environment,
                          List<String> command) {
    }

    private ChildService(Launch launch, Path log, Process process, long startedNanos) {
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
        List<String> command = ServiceProcess.command(ServiceProcess.classpath(root, spec), spec, javaOptions);
        return launch(new Launch(root, spec, port, Map.copyOf(environment), command), log);
    }

    private static ChildService launch(Launch launch, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(launch.root().resolve(launch.spec().moduleDir()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(launch.environment());
        // The fixed port in the spec is devstack's; a running devstack must not clash with the caller.
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(launch.port()));
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

    public String baseUrl() {
        return "http://127.0.0.1:" + launch.port();
    }

    /**
     * Waits for the first 200 on {@code /health}; fails at once, naming the log, if the service exits first.
     *
     * @return milliseconds from process start to that answer
     */
    public long awaitHealthy(HttpClient client, Duration timeout) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = startedNanos + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name() + " exited with code " + process.exitValue()
                        + " before it was healthy; see " + log);
            }
            try {
                int status = client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
                }
                last = "HTTP " + status;
            } catch (IOException notYet) {
                last = "no answer (" + notYet.getClass().getSimpleName() + ")";
            }
            ServiceProcess.pauseWhileRunning(process, HEALTH_POLL);
        }
        throw new IllegalStateException(name() + " did not answer /health with 200 within " + timeout.toSeconds()
                + " s (last: " + last + "); see " + log);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM first, so Micronaut shuts down as in production (the consumer leaves its group); then kill. */
    public void requestStop() {
        process.toHandle().destroy();
    }

    /** @return the exit code, or -1 if it had to be killed */
    public int awaitStopped() throws InterruptedException {
        if (process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly();
        process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        return -1;
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
