package se.jamtland.unit.testing;

import org.awaitility.Awaitility;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.devstack.ServiceProcess;
import se.jamtland.devstack.ServiceSpec;
import se.jamtland.devstack.Services;
import se.jamtland.testinfra.LogCanaryScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A service of the suite as its own JVM, started from what the build produced exactly as devstack starts it,
 * on a free port: for tests that need services which cannot share one JVM (each scans its own beans).
 */
public final class ChildService implements AutoCloseable {

    private final String name;
    private final Process process;
    private final String url;

    private ChildService(String name, Process process, String url) {
        this.name = name;
        this.process = process;
        this.url = url;
    }

    /** Starts the named service of devstack's list with these environment variables and waits for /health. */
    public static ChildService start(String name, Map<String, String> environment) {
        Path root = RepoRoot.locate();
        ServiceSpec spec = Services.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        int port = RealEligibilityService.freePort();
        // Beside the test JVM's own log, where the log canary scan of this module reads.
        Path log = LogCanaryScan.logDirectory().resolve(name + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(ServiceProcess.command(ServiceProcess.classpath(root, spec), spec,
                List.of()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(TestIdp.serviceEnvironment());
        builder.environment().putAll(environment);
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            ChildService child = new ChildService(name, process, "http://127.0.0.1:" + port);
            child.awaitHealthy(log);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not start", e);
        }
    }

    public String url() {
        return url;
    }

    /** As a crash would: no shutdown hooks, no graceful end of a relay round. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(10),
                    java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Path log) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/health")).timeout(Duration.ofSeconds(1)).build();
        Awaitility.await(name + " healthy (see " + log + ")")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(50))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited; see " + log);
                    }
                    return client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }
}
