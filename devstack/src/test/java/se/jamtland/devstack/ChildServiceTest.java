package se.jamtland.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.jamtland.devstack.standin.StandInHealthService;
import se.jamtland.testinfra.FreePorts;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one launcher: a child started on the caller's port is awaited on /health, stopped, and started again. */
class ChildServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<ChildService> started = new ArrayList<>();

    @TempDir
    Path root;

    @AfterEach
    void leaveNothingRunning() throws InterruptedException {
        for (ChildService child : started) {
            child.kill();
        }
    }

    /** A module folder as a build leaves it: compiled classes and the runtime classpath file devstack reads. */
    private ServiceSpec builtModule(String mainClass) throws IOException {
        return builtModule(mainClass, 18098);
    }

    private ServiceSpec builtModule(String mainClass, int port) throws IOException {
        Path module = root.resolve("stand-in");
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve(ServiceProcess.CLASSPATH_FILE), System.getProperty("java.class.path"));
        return new ServiceSpec("stand-in-service", "stand-in", mainClass, port, null, false);
    }

    @Test
    void a_child_on_a_port_of_the_callers_choosing_answers_health_stops_on_sigterm_and_starts_again()
            throws Exception {
        ServiceSpec spec = builtModule(StandInHealthService.class.getName());
        int port = FreePorts.one();
        ChildService child = ChildService.start(root, spec, port, Map.of(), List.of(), root.resolve("logs/first.log"));
        started.add(child);

        assertThat(child.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(child.awaitHealthy(client, TIMEOUT)).isNotNegative();
        assertThat(Files.readString(root.resolve("logs/first.log"))).contains("stand-in up on " + port);
        assertThat(child.stop()).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(child.isAlive()).isFalse();

        ChildService again = child.startAgain(root.resolve("logs/second.log"));
        started.add(again);
        assertThat(again.awaitHealthy(client, TIMEOUT)).isNotNegative();
        assertThat(again.baseUrl()).isEqualTo(child.baseUrl());
    }

    @Test
    void a_child_that_exits_before_it_is_healthy_fails_the_wait_at_once_naming_its_log() throws Exception {
        ServiceSpec spec = builtModule("se.jamtland.devstack.standin.NoSuchService");
        Path log = root.resolve("logs/crashed.log");
        ChildService child = ChildService.start(root, spec, FreePorts.one(), Map.of(), List.of(), log);
        started.add(child);

        assertThatThrownBy(() -> child.awaitHealthy(client, TIMEOUT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stand-in-service exited with code 1")
                .hasMessageContaining(log.toString());
    }

    @Test
    void a_running_child_is_not_started_twice() throws Exception {
        ServiceSpec spec = builtModule(StandInHealthService.class.getName());
        ChildService child = ChildService.start(root, spec, FreePorts.one(), Map.of(), List.of(),
                root.resolve("logs/once.log"));
        started.add(child);
        child.awaitHealthy(client, TIMEOUT);

        assertThatThrownBy(() -> child.startAgain(root.resolve("logs/twice.log")))
                .hasMessageContaining("still running");
    }

    @Test
    void devstack_starts_a_service_on_its_own_port_through_the_same_launcher_and_reads_its_health_status()
            throws Exception {
        ServiceSpec spec = builtModule(StandInHealthService.class.getName(), FreePorts.one());
        ServiceLaunch launch = ServiceLaunch.plain(root, spec);
        ServiceProcess service = ServiceProcess.start(root, spec, ServiceProcess.command(launch, spec, List.of()),
                Map.of(), launch);
        started.add(service.child());

        String status = new HealthProbe().awaitUp(service, Instant.now().plus(TIMEOUT), TIMEOUT);

        assertThat(status).isEqualTo("UP");
        service.requestStop();
        assertThat(service.awaitExit(Duration.ofSeconds(10))).isTrue();
        assertThat(service.exitValue()).isEqualTo(143);
    }
}
