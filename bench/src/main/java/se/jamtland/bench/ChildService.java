package se.jamtland.bench;

import se.jamtland.devstack.ServiceProcess;
import se.jamtland.devstack.ServiceSpec;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service as a child JVM, started the way devstack starts it (its built classpath, devstack's JVM options)
 * but on a port of the bench's choosing, with its output in a file so the bench's own output stays a report.
 */
final class ChildService {

    /** Micronaut's shutdown includes the statistics consumer's own 10 s join; give it that and a little more. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

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
     * @param javaOptions come after the options that lift the service's rate limits, so they win
     */
    static ChildService start(Path root, ServiceSpec spec, int port, Map<String, String> environment,
                              List<String> javaOptions, Path log) throws IOException {
        String classpath = ServiceProcess.classpath(root, spec);
        List<String> options = new ArrayList<>(LiftedRateLimits.javaOptions(classpath));
        options.addAll(javaOptions);
        Launch launch = new Launch(root, spec, port, Map.copyOf(environment),
                ServiceProcess.command(classpath, spec, options));
        return launch(launch, log);
    }

    private static ChildService launch(Launch launch, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(launch.root().resolve(launch.spec().moduleDir()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(launch.environment());
        // The fixed port in the spec is devstack's; a running devstack must not clash with the bench.
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(launch.port()));
        long started = System.nanoTime();
        return new ChildService(launch, log, builder.start(), started);
    }

    /** The same service once more (after this one stopped or was killed), its output in {@code log}. */
    ChildService startAgain(Path log) throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name() + " is still running");
        }
        return launch(launch, log);
    }

    String name() {
        return launch.spec().name();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + launch.port();
    }

    /** @return milliseconds from process start to the first 200 on {@code /health} */
    long awaitHealthy(HttpClient client, Duration timeout) throws InterruptedException {
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
            ServiceProcess.pauseWhileRunning(process, Duration.ofMillis(100));
        }
        throw new IllegalStateException(name() + " did not answer /health with 200 within " + timeout.toSeconds()
                + " s (last: " + last + "); see " + log);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM first, so Micronaut shuts down as in production (the consumer leaves its group); then kill. */
    void requestStop() {
        process.destroy();
    }

    /** @return the exit code, or -1 if it had to be killed */
    int awaitStopped() throws InterruptedException {
        if (process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly();
        process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        return -1;
    }

    int stop() throws InterruptedException {
        requestStop();
        return awaitStopped();
    }

    /** SIGKILL: no shutdown hook, no last commit, as when the machine or the OOM killer takes it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }
}
