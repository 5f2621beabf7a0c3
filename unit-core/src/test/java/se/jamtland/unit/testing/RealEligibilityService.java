package se.jamtland.unit.testing;

import org.awaitility.Awaitility;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.devstack.ServiceProcess;
import se.jamtland.devstack.ServiceSpec;
import se.jamtland.devstack.Services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real eligibility-service for intake tests, started once per test JVM from what the build produced,
 * exactly as devstack starts it, on a free port. Intake decisions in tests are the catalog's real decisions.
 */
public final class RealEligibilityService {

    private static volatile String url;

    private RealEligibilityService() {
    }

    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    private static String start() {
        Path root = RepoRoot.locate();
        ServiceSpec spec = Services.ALL.stream().filter(s -> s.name().equals("eligibility-service"))
                .findFirst().orElseThrow();
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(ServiceProcess.command(ServiceProcess.classpath(root, spec), spec,
                java.util.List.of()))
                .redirectErrorStream(true)
                .redirectOutput(root.resolve(spec.moduleDir()).resolve("target/test-eligibility-service.log").toFile());
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        try {
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            String base = "http://127.0.0.1:" + port;
            awaitHealthy(base, process);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("eligibility-service did not start", e);
        }
    }

    private static void awaitHealthy(String base, Process process) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(1)).build();
        Awaitility.await("eligibility-service healthy (see eligibility-service/target/test-eligibility-service.log)")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("eligibility-service exited; see its log under target/");
                    }
                    return client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
