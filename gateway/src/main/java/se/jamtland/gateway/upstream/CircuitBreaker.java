package se.jamtland.gateway.upstream;

import java.time.Duration;

/**
 * A small named policy rather than Micronaut's {@code @CircuitBreaker}: that one guards a bean method, while the
 * gateway has one generic forwarding call and needs a circuit per upstream (issue 12, 3). After
 * {@code failuresToOpen} failures in a row (no connection, a timeout, a 5xx) the circuit opens: calls are answered
 * at once (503) for {@code openFor}, instead of every caller waiting out a timeout on a service that is down. Then
 * one call is let through: its success closes the circuit, its failure opens it again. Thread-safe.
 */
public final class CircuitBreaker {

    private final int failuresToOpen;
    private final long openForNanos;
    private int failuresInARow;
    private long openUntilNanos;
    private boolean trialUnderway;
    private boolean open;

    public CircuitBreaker(int failuresToOpen, Duration openFor) {
        if (failuresToOpen < 1 || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("a circuit opens after at least 1 failure, for a positive time");
        }
        this.failuresToOpen = failuresToOpen;
        this.openForNanos = openFor.toNanos();
    }

    /** Whether a call may go out now; while half-open, only one at a time does. */
    public synchronized boolean allowsCall(long nowNanos) {
        if (!open) {
            return true;
        }
        if (nowNanos - openUntilNanos < 0 || trialUnderway) {
            return false;
        }
        trialUnderway = true;
        return true;
    }

    public synchronized void succeeded() {
        failuresInARow = 0;
        open = false;
        trialUnderway = false;
    }

    public synchronized void failed(long nowNanos) {
        failuresInARow++;
        if (trialUnderway || failuresInARow >= failuresToOpen) {
            open = true;
            trialUnderway = false;
            openUntilNanos = nowNanos + openForNanos;
        }
    }

    /** Whole seconds until a call is let through again, at least 1: the 503's {@code Retry-After}. */
    public synchronized long secondsUntilRetry(long nowNanos) {
        long left = open ? openUntilNanos - nowNanos : 0;
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }
}
