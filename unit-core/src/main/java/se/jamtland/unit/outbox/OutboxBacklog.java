package se.jamtland.unit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import se.jamtland.runtime.metrics.SuiteMeters;
import se.jamtland.unit.UnitIdentity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox backlog gauges (issue 16 §2, k8s/base/monitoring.yaml's OutboxBacklogOlderThan5Minutes): rows not
 * yet on Kafka and the age of the oldest. A scrape reads what the last refresh found, never the database: two
 * index look-ups every {@code outbox.backlog.refresh} (10 s), however often Prometheus asks. The age is counted
 * from the oldest row's creation to the scrape, so it grows between refreshes as it does in the table.
 */
@Context
public class OutboxBacklog {

    private final OutboxRepository outbox;
    private final Clock clock;
    private volatile long pending;
    private volatile Instant oldest;

    public OutboxBacklog(OutboxRepository outbox, MeterRegistry registry, UnitIdentity unit, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder(SuiteMeters.OUTBOX_PENDING, this, backlog -> backlog.pending)
                .description("Events in the outbox not yet on the activity topic")
                .tag(SuiteMeters.UNIT, unit.id())
                .register(registry);
        Gauge.builder(SuiteMeters.OUTBOX_OLDEST_PENDING_AGE, this, OutboxBacklog::oldestAgeSeconds)
                .description("Age of the oldest event in the outbox not yet on the activity topic, 0 when none")
                .baseUnit(SuiteMeters.SECONDS)
                .tag(SuiteMeters.UNIT, unit.id())
                .register(registry);
    }

    @Scheduled(fixedDelay = "${outbox.backlog.refresh:10s}", initialDelay = "1s")
    void refresh() {
        pending = outbox.countPending();
        oldest = outbox.oldestPending().map(OutboxRow::createdAt).orElse(null);
    }

    private double oldestAgeSeconds() {
        Instant read = oldest;
        if (read == null) {
            return 0;
        }
        return Math.max(0, Duration.between(read, clock.instant()).toMillis() / 1000.0);
    }
}
