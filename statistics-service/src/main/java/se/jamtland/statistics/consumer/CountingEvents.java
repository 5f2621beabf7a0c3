package se.jamtland.statistics.consumer;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.SwedishDay;

import se.jamtland.statistics.disclosure.RecordKey;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * Counts events into the aggregates. The event id is recorded in the same transaction as the count it adds,
 * so a redelivered event (a consumer restarted between the database commit and the offset commit, a relay
 * that published twice) is recognised and changes nothing, for as long as the id is kept: the redelivery window
 * ({@link ProcessedEventPurge}).
 */
@Singleton
public class CountingEvents {

    private final CountRepository counts;
    private final Clock clock;
    /** Record keys must not be predictable, or the published perturbations could be worked back (Cell Key Method). */
    private final SecureRandom recordKeys = new SecureRandom();

    public CountingEvents(CountRepository counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    /**
     * Whether the database answers at all: a batch that fails while it does not is not a bad batch, and must
     * wait for it rather than be dead-lettered (see ActivityConsumer). Outside a transaction, so that failing to
     * get a connection is an answer here, not an exception from the transaction's start.
     */
    public boolean databaseAnswers() {
        try {
            counts.timesProcessed(null);
            return true;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /** @return how many of the events were new */
    @Transactional
    public int count(List<ActivityEvent> events) {
        // First, before any row is locked: the revision's lock orders this transaction among every replica's.
        counts.raiseRevision();
        long revision = counts.revision();
        int counted = 0;
        for (ActivityEvent event : events) {
            if (counts.markProcessed(event.id(), SwedishDay.of(clock.instant())) == 0) {
                continue;
            }
            counts.add(event.activityDate().toString().substring(0, 7), event.unit(), event.insats(),
                    event.kind().name(), event.kommun(), event.ageBand(), event.gender(),
                    event.channel() == null ? "none" : event.channel(),
                    event.closureReason() == null ? "none" : event.closureReason(),
                    event.participantCount() == null ? 1 : event.participantCount(), RecordKey.draw(recordKeys),
                    Boolean.TRUE.equals(event.firstVisit()) ? 1 : 0, revision);
            counted++;
        }
        return counted;
    }
}
