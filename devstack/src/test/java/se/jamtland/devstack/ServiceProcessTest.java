package se.jamtland.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.KafkaBroker;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceProcessTest {

    private static final ServiceSpec STATELESS =
            new ServiceSpec("eligibility-service", "eligibility-service", "se.jamtland.eligibility.Application", 8081, null, false);
    private static final ServiceSpec WITH_DATABASE_AND_KAFKA =
            new ServiceSpec("cmv-service", "cmv-service", "se.jamtland.cmv.Application", 8082, "cmv", true);

    @TempDir
    Path root;

    @Test
    void an_unbuilt_service_fails_with_the_command_that_builds_it() {
        assertThatThrownBy(() -> ServiceProcess.classpath(root, STATELESS))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("eligibility-service is not built")
                .hasMessageContaining("runtime-classpath.txt")
                .hasMessageContaining("mvn -q -DskipTests install");
    }

    @Test
    void the_classpath_is_the_module_classes_followed_by_its_runtime_dependencies() throws IOException {
        Path target = Files.createDirectories(root.resolve("eligibility-service/target/classes")).getParent();
        Files.writeString(target.resolve("runtime-classpath.txt"), "/m2/a.jar" + File.pathSeparator + "/m2/b.jar\n");

        assertThat(ServiceProcess.classpath(root, STATELESS)).isEqualTo(String.join(File.pathSeparator,
                target.resolve("classes").toString(), "/m2/a.jar", "/m2/b.jar"));
    }

    @Test
    void a_stateless_service_is_told_only_its_port_and_to_use_the_dev_defaults() {
        // Issue 16 §1 changed this: a service without SUITE_DEV is in production and needs all its settings.
        assertThat(ServiceProcess.environment(STATELESS, new FakeDatabase(), new FakeKafka()))
                .containsExactly(Map.entry("SUITE_DEV", "true"), Map.entry("MICRONAUT_SERVER_PORT", "8081"));
    }

    @Test
    void a_service_with_a_database_gets_its_own_database_created_and_the_kafka_address() {
        FakeDatabase database = new FakeDatabase();
        KafkaBroker kafka = new FakeKafka();

        var environment = ServiceProcess.environment(WITH_DATABASE_AND_KAFKA, database, kafka);

        assertThat(database.created).containsExactly("cmv");
        assertThat(environment)
                .containsEntry("MICRONAUT_SERVER_PORT", "8082")
                .containsEntry("DATASOURCES_DEFAULT_URL", "jdbc:mariadb://127.0.0.1:3307/cmv")
                .containsEntry("DATASOURCES_DEFAULT_USERNAME", "root")
                .containsEntry("DATASOURCES_DEFAULT_PASSWORD", "")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    @Test
    void a_unit_service_gets_a_dev_key_for_visitor_codes_of_its_own_and_statistics_none() {
        ServiceSpec statistics = new ServiceSpec("statistics-service", "statistics-service",
                "se.jamtland.statistics.Application", 8086, "statistics", true);
        ServiceSpec minimaria = new ServiceSpec("minimaria-service", "minimaria-service",
                "se.jamtland.minimaria.Application", 8083, "minimaria", true);

        String cmvKey = ServiceProcess.environment(WITH_DATABASE_AND_KAFKA, new FakeDatabase(), new FakeKafka())
                .get("VISITOR_CODE_KEY");

        assertThat(cmvKey).hasSizeGreaterThanOrEqualTo(32)
                .isNotEqualTo(ServiceProcess.environment(minimaria, new FakeDatabase(), new FakeKafka())
                        .get("VISITOR_CODE_KEY"));
        assertThat(ServiceProcess.environment(statistics, new FakeDatabase(), new FakeKafka()))
                .doesNotContainKey("VISITOR_CODE_KEY");
    }

    @Test
    void the_service_runs_on_the_same_java_as_devstack_with_the_developers_options_after_the_defaults() {
        List<String> command = ServiceProcess.command("cp", STATELESS, List.of("-Xmx512m"));

        assertThat(command.get(0)).startsWith(System.getProperty("java.home"));
        List<String> expected = new ArrayList<>(Services.JVM_OPTIONS);
        expected.addAll(ServiceProcess.childOptions(STATELESS));
        expected.addAll(List.of("-Xmx512m", "-cp", "cp", "se.jamtland.eligibility.Application"));
        assertThat(command.subList(1, command.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void every_service_is_told_to_end_with_this_jvm_and_to_log_readable_lines_under_its_name() {
        assertThat(ServiceProcess.childOptions(WITH_DATABASE_AND_KAFKA)).containsExactly(
                "-Dlansverksamheter.parent-pid=" + ProcessHandle.current().pid(),
                "-Dlog.format=readable",
                "-Dlog.service=cmv-service");
    }

    /** Records databases instead of connecting, so the test needs no server. */
    private static final class FakeDatabase implements DatabaseServer {
        final List<String> created = new ArrayList<>();

        @Override
        public String createDatabase(String database) {
            created.add(database);
            return jdbcUrl(database);
        }

        @Override
        public String serverUrl() {
            return "jdbc:mariadb://127.0.0.1:3307/";
        }

        @Override
        public String username() {
            return "root";
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public String description() {
            return "fake";
        }

        @Override
        public void close() {
        }
    }

    private static final class FakeKafka implements KafkaBroker {
        @Override
        public String bootstrapServers() {
            return "127.0.0.1:9092";
        }

        @Override
        public String description() {
            return "fake";
        }

        @Override
        public void close() {
        }
    }
}
