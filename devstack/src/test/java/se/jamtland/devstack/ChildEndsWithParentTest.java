package se.jamtland.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.jamtland.devstack.standin.StandInDevStack;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 9 §6: a killed devstack once left its services running, holding the fixed ports. */
class ChildEndsWithParentTest {

    private static final Pattern SERVICE_PID = Pattern.compile("service pid (\\d+)");

    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void leaveNothingRunning() {
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void a_service_started_as_devstack_starts_it_ends_when_devstack_is_killed_with_sigkill() throws Exception {
        Process devstack = new ProcessBuilder(ServiceLaunch.currentJava().toString(), "-cp",
                System.getProperty("java.class.path"), StandInDevStack.class.getName())
                .redirectErrorStream(true).start();
        started.add(devstack.toHandle());
        ProcessHandle service = ProcessHandle.of(servicePid(devstack)).orElseThrow();
        started.add(service);
        assertThat(service.parent().map(ProcessHandle::pid)).contains(devstack.pid());
        assertThat(service.isAlive()).isTrue();

        // SIGKILL: no shutdown hook of the parent runs, so only the service itself can notice.
        devstack.destroyForcibly();
        assertThat(devstack.waitFor(10, TimeUnit.SECONDS)).isTrue();

        await("the service ends after its parent was killed")
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> !service.isAlive());
    }

    /** The stand-in prints the pid of the service it started, then the service says it is up. */
    private static long servicePid(Process devstack) throws Exception {
        CompletableFuture<Long> pid = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = devstack.inputReader()) {
                Optional<Long> found = Optional.empty();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher matcher = SERVICE_PID.matcher(line);
                    if (matcher.find()) {
                        found = Optional.of(Long.parseLong(matcher.group(1)));
                    }
                    if (line.contains("service up") && found.isPresent()) {
                        return found.get();
                    }
                }
                throw new IllegalStateException("the stand-in devstack ended before its service was up");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return pid.get(30, TimeUnit.SECONDS);
    }
}
