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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services a bench starts as child JVMs, as devstack would (its {@link Services} entry, the dev IdP's
 * environment) but on free ports, every rate limit lifted ({@link LiftedRateLimits}), output in
 * {@code <work>/logs/<name>.log}; all stopped together, before the broker and database they hold connections to.
 */
final class BenchServices {

    private final Path root;
    private final Path logs;
    private final DevIdp idp;
    private final List<ChildService> children = new ArrayList<>();

    /** What a bench measures on the stack: the services it starts, the IdP, MariaDB and Kafka. */
    interface Measurement<R> {
        R measure(BenchServices services, DevIdp idp, EmbeddedMariaDb mariaDb, EmbeddedKafka kafka) throws Exception;
    }

    /**
     * The dev IdP, an embedded MariaDB and Kafka under {@code work}, the measurement on them, then every service it
     * started stopped before the broker and the database go.
     */
    static <R> R withStack(Path root, Path work, Measurement<R> measurement) throws Exception {
        try (DevIdp idp = DevIdp.start(root, FreePorts.one(), work.resolve("logs/dev-idp.log"));
             EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(work.resolve("data/mariadb"), 0);
             EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("data/kafka"))) {
            BenchServices services = new BenchServices(root, work, idp);
            try {
                return measurement.measure(services, idp, mariaDb, kafka);
            } finally {
                services.stopAll();
            }
        }
    }

    BenchServices(Path root, Path work, DevIdp idp) {
        this.root = root;
        this.logs = work.resolve("logs");
        this.idp = idp;
    }

    ChildService start(String name, int port, Map<String, String> environment, List<String> javaOptions)
            throws IOException {
        ServiceSpec spec = Services.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        Map<String, String> withIdp = new LinkedHashMap<>(idp.serviceEnvironment());
        // A bench's children run as devstack's do: the dev environment's localhost defaults (issue 16 §1).
        withIdp.put(ServiceMain.DEV_SWITCH, "true");
        withIdp.putAll(ServiceProcess.devVisitorCodeKey(spec));
        withIdp.putAll(environment);
        Files.createDirectories(logs);
        ChildService child = ChildService.start(root, spec, port, withIdp,
                LiftedRateLimits.thenOptions(root, spec, javaOptions), logs.resolve(name + ".log"));
        children.add(child);
        return child;
    }

    void stopAll() throws InterruptedException {
        for (ChildService child : children) {
            child.requestStop();
        }
        for (ChildService child : children) {
            child.awaitStopped();
        }
    }
}
