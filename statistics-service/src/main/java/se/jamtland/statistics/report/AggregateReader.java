package se.jamtland.statistics.report;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.statistics.consumer.AggregatesCounted;
import se.jamtland.statistics.disclosure.StatisticsTable;

import java.util.concurrent.TimeUnit;

/**
 * Sums the aggregates over the asked dimensions, and their record keys modulo 2^32 for the cell keys (the keys stay
 * in the {@link StatisticsTable}, never in an answer), from the aggregates held in memory ({@link AggregateView}):
 * the same table the SQL {@code GROUP BY} gave, in a fraction of its time at county volume (issue 11).
 *
 * <p>Kept current three ways, each reading only the rows changed since the revision it holds (V6): this replica's
 * consumer after each committed batch ({@link AggregatesCounted}); a poll every
 * {@code statistics.aggregates.refresh-interval} (1 s), for what other replicas' consumers count; and every question
 * first compares the revision (one primary-key read) and reads what changed, so an answer holds every batch committed
 * before the question came, on any replica. Loaded at start-up; readiness ({@link AggregateViewReadiness}) waits
 * for it.
 */
@Singleton
public class AggregateReader {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateReader.class);

    private final AggregateChanges changes;
    private final AggregateView view = new AggregateView();
    private volatile boolean pollFailing;

    public AggregateReader(AggregateChanges changes) {
        this.changes = changes;
    }

    public StatisticsTable read(StatisticsQuery query) {
        catchUp();
        return view.group(query);
    }

    /** Whether the aggregates were loaded once: before that, no question is answered without loading them first. */
    public boolean loaded() {
        return view.revision() >= 0;
    }

    /** How many rows of {@code activity_count} this replica holds. */
    public long rowsHeld() {
        return view.rows();
    }

    /** The revision of the aggregates this replica holds (V6); -1 before the first load. */
    public long revision() {
        return view.revision();
    }

    /**
     * Reads what changed since the revision held. One at a time: a question that comes while another reads waits
     * for it and then finds nothing more to read.
     */
    synchronized void catchUp() {
        long held = view.revision();
        long current = changes.revision();
        if (current != held) {
            long started = System.nanoTime();
            // Read after the revision: every change up to it is committed (V6), later ones read again next time.
            view.update(current, rows -> changes.since(held, rows));
            if (held < 0) {
                LOG.info("aggregates loaded: {} rows in {} ms", view.rows(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        }
    }

    /** At start-up, on a thread of its own: the server answers health meanwhile, as not ready. */
    @EventListener
    void onStartup(StartupEvent started) {
        Thread load = new Thread(this::refresh, "aggregates-load");
        load.setDaemon(true);
        load.start();
    }

    @EventListener
    void onCounted(AggregatesCounted counted) {
        refresh();
    }

    @Scheduled(fixedDelay = "${statistics.aggregates.refresh-interval:1s}",
            initialDelay = "${statistics.aggregates.refresh-interval:1s}")
    void poll() {
        refresh();
    }

    /** A failure is the database's, and the next poll or question tries again; logged once until it passes. */
    private void refresh() {
        try {
            catchUp();
            if (pollFailing) {
                pollFailing = false;
                LOG.info("aggregates read again");
            }
        } catch (RuntimeException e) {
            if (!pollFailing) {
                pollFailing = true;
                LOG.warn("aggregates could not be read ({}); trying again", e.getClass().getSimpleName());
            }
        }
    }
}
