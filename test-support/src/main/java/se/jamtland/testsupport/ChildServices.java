package se.jamtland.testsupport;

import se.jamtland.devstack.ChildService;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.devstack.ServiceSpec;
import se.jamtland.devstack.Services;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.LogCanaryScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Services of the suite as their own JVMs for tests that need services which cannot share one JVM (each scans its
 * own beans): devstack's {@link ChildService}, on a free port, trusting the test IdP, its log beside the test
 * JVM's own where this module's log canary scan reads it.
 */
public final class ChildServices {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(90);

    private ChildServices() {
    }

    /** Starts the named service of devstack's list with these environment variables and waits for /health. */
    public static ChildService start(String name, Map<String, String> environment) {
        ServiceSpec spec = Services.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        int port = FreePorts.one();
        Path log = LogCanaryScan.logDirectory().resolve(name + "-" + port + ".log");
        Map<String, String> withIdp = new HashMap<>(TestIdp.serviceEnvironment());
        withIdp.putAll(environment);
        try {
            ChildService child = ChildService.start(RepoRoot.locate(), spec, port, withIdp, List.of(), log);
            // A test JVM that ends without closing it (a shared service, a failed assertion) takes it along.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    child.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name + "-stop"));
            child.awaitHealthy(HttpClient.newHttpClient(), HEALTH_TIMEOUT);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name + " started", e);
        }
    }
}
