package se.jamtland.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * When each outbox event is first seen counted: a thread of its own polls, every {@link #POLL}, the unit's outbox
 * joined with the county's processed_event by event id. The county keeps only the day an event was counted
 * (issue 11: a moment to the millisecond next to the unit's own timestamps is what tied an event back to a case),
 * so the moment is this bench's observation: commit → counted is {@code outbox.created_at} (the unit's clock, on
 * the same machine) to the end of the poll that first saw it, an overstatement by at most one poll and the
 * query's own time. It watches the steady phase only: during an outage every uncounted row would be read again
 * at each poll.
 */
final class CountedWatch implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);

    /** Outbox id → microseconds from its commit to the end of the poll that first saw it counted. */
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private final Connection connection;
    private final String sql;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile SQLException failure;
    /** Every outbox id up to this one has been seen counted (or is not there). */
    private long low;

    private CountedWatch(Connection connection, String outbox, String processed, long afterId) {
        this.connection = connection;
        this.sql = "SELECT o.id, o.created_at, p.event_id IS NOT NULL FROM " + outbox + " o LEFT JOIN " + processed
                + " p ON p.event_id = o.event_id WHERE o.id > ? ORDER BY o.id";
        this.low = afterId;
        this.thread = new Thread(this::run, "counted-watch");
        thread.setDaemon(true);
    }

    /** Watches the outbox rows after {@code afterId}, from now until closed. */
    static CountedWatch start(String serverUrl, String user, String password, String outbox, String processed,
                              long afterId) throws SQLException {
        Connection connection = DriverManager.getConnection(serverUrl, user, password);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(true);
        CountedWatch watch = new CountedWatch(connection, outbox, processed, afterId);
        watch.thread.start();
        return watch;
    }

    private void run() {
        while (running) {
            try {
                poll();
                TimeUnit.NANOSECONDS.sleep(POLL.toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException e) {
                // The MariaDB fault of a soak: try again next poll; the figures say how many were seen.
                failure = e;
            }
        }
    }

    private void poll() throws SQLException {
        long firstUncounted = Long.MAX_VALUE;
        long last = low;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, low);
            try (ResultSet rows = statement.executeQuery()) {
                Instant now = Instant.now();
                while (rows.next()) {
                    long id = rows.getLong(1);
                    last = id;
                    if (!rows.getBoolean(3)) {
                        firstUncounted = Math.min(firstUncounted, id);
                    } else if (!seen.containsKey(id)) {
                        Instant committed = rows.getTimestamp(2).toInstant();
                        seen.put(id, committed.until(now, ChronoUnit.MICROS));
                    }
                }
            }
        }
        // Only the rows not yet counted (and those after them) are read again.
        low = firstUncounted == Long.MAX_VALUE ? last : firstUncounted - 1;
    }

    /** Commit → counted in microseconds, sorted, of the rows with {@code afterId < id <= upToId} seen so far. */
    long[] latenciesMicros(long afterId, long upToId) {
        return seen.entrySet().stream().filter(e -> e.getKey() > afterId && e.getKey() <= upToId)
                .mapToLong(Map.Entry::getValue).sorted().toArray();
    }

    @Override
    public void close() throws SQLException {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
        if (failure != null && seen.isEmpty()) {
            throw failure;
        }
    }
}
