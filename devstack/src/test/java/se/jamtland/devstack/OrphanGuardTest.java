package se.jamtland.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** Issue 9 §6: mariadbd, devstack's one child that is not a JVM of ours, must not outlive a killed devstack either. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class OrphanGuardTest {

    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void leaveNothingRunning() {
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void a_guarded_child_is_ended_when_the_process_it_belongs_to_is_killed_with_sigkill() throws IOException {
        ProcessHandle devstack = sleeper();
        ProcessHandle mariadbd = sleeper();
        OrphanGuard guard = OrphanGuard.endWhenGone(devstack, mariadbd).orElseThrow();

        devstack.destroyForcibly();

        await("the guarded child ends").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> !mariadbd.isAlive());
        await("the guard itself ends").atMost(Duration.ofSeconds(5)).until(() -> !guard.isAlive());
    }

    @Test
    void a_closed_guard_leaves_the_child_alone_so_a_reused_pid_is_never_signalled() throws IOException {
        ProcessHandle devstack = sleeper();
        ProcessHandle mariadbd = sleeper();
        OrphanGuard guard = OrphanGuard.endWhenGone(devstack, mariadbd).orElseThrow();

        guard.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> !guard.isAlive());
        devstack.destroyForcibly();
        await().atMost(Duration.ofSeconds(5)).until(() -> !devstack.isAlive());

        // The guard's loop looks once a second: a live guard would have signalled the child within these two.
        await("the child stays alive").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(mariadbd::isAlive);
    }

    private ProcessHandle sleeper() throws IOException {
        ProcessHandle process = new ProcessBuilder("sleep", "300").start().toHandle();
        started.add(process);
        return process;
    }
}
