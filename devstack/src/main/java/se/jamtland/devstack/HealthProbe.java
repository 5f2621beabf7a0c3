package se.jamtland.devstack;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for each of devstack's services to answer {@code GET /health} (Micronaut management) with 200, until one
 * deadline for all: {@link ChildService}'s wait, with devstack's own words for what went wrong.
 */
final class HealthProbe {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    /** @return the health status the service reported, e.g. {@code UP} */
    String awaitUp(ServiceProcess service, Instant deadline, Duration timeout) {
        ServiceSpec spec = service.spec();
        long deadlineNanos = System.nanoTime() + Duration.between(Instant.now(), deadline).toNanos();
        try {
            return service.child().awaitHealth(client, deadlineNanos, timeout, POLL_INTERVAL).status();
        } catch (IllegalStateException e) {
            if (!service.isAlive()) {
                throw new DevStackException(spec.name() + " exited with code " + service.exitValue()
                        + " before it answered " + spec.healthUrl() + ". Its output is above, in the lines marked "
                        + spec.name() + ".");
            }
            throw new DevStackException(e.getMessage() + ". A slow machine can be given longer with"
                    + " DEVSTACK_HEALTH_TIMEOUT_SECONDS.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted while waiting for " + spec.name());
        }
    }
}
