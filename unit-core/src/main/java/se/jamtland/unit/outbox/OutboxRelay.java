package se.jamtland.unit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.runtime.metrics.SuiteMeters;
import se.jamtland.unit.UnitIdentity;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the outbox to {@code county.activity.v1} in the background. With Kafka down, rows simply wait:
 * registration never blocks on the broker, and the backlog drains when it is back.
 */
@Singleton
@Requires(property = "kafka.bootstrap.servers")
@Requires(property = "outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MIN_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final OutboxBatch batch;
    private final Counter relayed;
    private final Duration retention;
    private final Clock clock;
    private final AtomicBoolean brokerDown = new AtomicBoolean();
    /** While the broker is away, rounds are spaced out, so this replica does not hold rows another could send. */
    private volatile Duration backoff = Duration.ZERO;
    private volatile long nextAttemptNanos;

    public OutboxRelay(OutboxBatch batch, @Property(name = "outbox.retention", defaultValue = "7d") Duration retention,
                       Clock clock, MeterRegistry registry, UnitIdentity unit) {
        this.batch = batch;
        this.relayed = Counter.builder(SuiteMeters.OUTBOX_RELAYED)
                .description("Events the relay put on the activity topic")
                .tag(SuiteMeters.UNIT, unit.id())
                .register(registry);
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${outbox.relay.interval:100ms}", initialDelay = "1s")
    void relay() {
        if (System.nanoTime() < nextAttemptNanos) {
            return;
        }
        try {
            int published;
            do {
                published = batch.relay();
                // Counted once the round's transaction has committed: these rows are marked sent.
                relayed.increment(published);
            } while (published > 0);
            backoff = Duration.ZERO;
            if (brokerDown.compareAndSet(true, false)) {
                LOG.info("outbox relay: Kafka reachable again, backlog published");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Logged once per outage, by type only: the rows wait in the outbox and nothing is lost.
            if (brokerDown.compareAndSet(false, true)) {
                LOG.warn("outbox relay: publishing failed ({}); events wait in the outbox", e.getClass().getSimpleName());
            }
            backoff = backoff.isZero() ? MIN_BACKOFF : backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                    ? MAX_BACKOFF : backoff.multipliedBy(2);
            nextAttemptNanos = System.nanoTime() + backoff.toNanos();
        }
    }

    /** Sent rows are kept a while for tracing and then purged (gallring of technical data). */
    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purge() {
        int purged = batch.purgeSentBefore(clock.instant().minus(retention));
        if (purged > 0) {
            LOG.info("outbox relay: purged {} sent events older than {}", purged, retention);
        }
    }
}
