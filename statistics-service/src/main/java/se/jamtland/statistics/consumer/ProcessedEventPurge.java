package se.jamtland.statistics.consumer;

import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.events.SwedishDay;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Keeps a counted event's id only as long as the event can be delivered again (issue 11): the redelivery window
 * ({@code statistics.consumer.redelivery-window}) is the longest a record can stay on {@code county.activity.v1},
 * its open segment (a day) plus its retention (7 days), see application.yml. Inside the window a redelivered
 * event is recognised and counted once; after it, the event is no longer on the topic and its id is purged, so
 * the county keeps no list of event ids that a unit's outbox could be matched against.
 */
@Singleton
public class ProcessedEventPurge {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessedEventPurge.class);
    /** Rows per DELETE: a backlog of a million ids is purged in short transactions that never block counting. */
    static final int BATCH = 10_000;

    private final ProcessedEventRepository processed;
    private final Clock clock;
    private final long windowDays;

    public ProcessedEventPurge(ProcessedEventRepository processed, Clock clock,
                               @Property(name = "statistics.consumer.redelivery-window") Duration window) {
        if (window.toDays() < 1 || !window.equals(Duration.ofDays(window.toDays()))) {
            // Ids are kept by the day they were counted, so the window is whole days.
            throw new IllegalArgumentException(
                    "statistics.consumer.redelivery-window must be whole days, at least one");
        }
        this.processed = processed;
        this.clock = clock;
        this.windowDays = window.toDays();
    }

    @Scheduled(fixedDelay = "${statistics.consumer.purge-interval:1h}",
            initialDelay = "${statistics.consumer.purge-initial-delay:1m}")
    void onSchedule() {
        try {
            purge();
        } catch (RuntimeException e) {
            // The database is away: the ids wait for the next round, a day longer at most.
            LOG.warn("purging processed event ids failed ({}); tried again next round", e.getClass().getSimpleName());
        }
    }

    /**
     * Deletes the ids counted before the window's first day: an id counted on day D is kept through day D + window
     * and purged from the day after.
     *
     * @return how many ids were purged
     */
    public int purge() {
        LocalDate firstDayKept = SwedishDay.of(clock.instant()).minusDays(windowDays);
        int purged = 0;
        int deleted;
        do {
            deleted = processed.deleteProcessedBefore(firstDayKept, BATCH);
            purged += deleted;
        } while (deleted == BATCH);
        if (purged > 0) {
            LOG.info("purged {} processed event ids counted before {}", purged, firstDayKept);
        }
        return purged;
    }
}
