package se.jamtland.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends a service's JVM when the process that started it has ended, if that process asked for it by passing its
 * pid in {@value #PARENT_PID_PROPERTY}. devstack, the benches and the tests that start services as child JVMs
 * do; a deployed service is never given the property and never watches anything.
 *
 * <p>Why: a child JVM is not ended with its parent. When devstack was killed, its services lived on, kept the
 * fixed ports and made the next start fail. The parent's own shutdown hook cannot help when it is killed
 * (SIGKILL, an OOM kill, a crashed IDE), so the child watches instead.
 */
public final class ParentWatch {

    /** The pid of the process whose end ends this JVM. */
    public static final String PARENT_PID_PROPERTY = "lansverksamheter.parent-pid";

    /**
     * How long the normal shutdown (Micronaut closing its context, the statistics consumer leaving its group) may
     * take before the JVM is halted: nobody is left to wait for it.
     */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(ParentWatch.class);

    private ParentWatch() {
    }

    /**
     * Called first in every service's {@code main}. Without the property, or with a value that is not a running
     * process, it does nothing (so a mistyped value never stops a service), apart from a warning in the latter case.
     */
    public static void startIfAsked() {
        String value = System.getProperty(PARENT_PID_PROPERTY);
        if (value == null || value.isBlank()) {
            return;
        }
        Optional<ProcessHandle> parent = parse(value).flatMap(ProcessHandle::of);
        if (parent.isEmpty()) {
            LOG.warn("{} names no running process; this JVM will not end with its parent", PARENT_PID_PROPERTY);
            return;
        }
        watch(parent.get());
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void watch(ProcessHandle parent) {
        // A ProcessHandle remembers the process's start time, so a reused pid does not count as the parent alive.
        // onExit() is completed by the JDK's own (daemon) process reaper: watching never keeps a JVM alive.
        parent.onExit().thenRun(() -> {
            LOG.warn("the process that started this service (pid {}) has ended; stopping", parent.pid());
            haltAfter(SHUTDOWN_GRACE);
            System.exit(1);
        });
    }

    /** If the orderly shutdown hangs, the JVM is halted once the grace is over (a daemon timer thread). */
    private static void haltAfter(Duration grace) {
        CompletableFuture.delayedExecutor(grace.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> Runtime.getRuntime().halt(1));
    }
}
