package se.jamtland.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench's view of both ends of the pipeline. The unit's and the county's databases are on the same MariaDB
 * server, so one connection can join the outbox (written at the change) with processed_event (written when the
 * event was counted) by event id. The county keeps only the day an event was counted (issue 11), so when it was
 * counted is what the bench sees ({@link CountedWatch}).
 */
final class PipelineDb implements AutoCloseable {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String outbox;
    private final String processed;
    private final String counts;
    private Connection connection;

    PipelineDb(String serverUrl, String user, String password, String unitDatabase, String statisticsDatabase)
            throws SQLException {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.outbox = "`" + unitDatabase + "`.outbox";
        this.processed = "`" + statisticsDatabase + "`.processed_event";
        this.counts = "`" + statisticsDatabase + "`.activity_count";
        this.connection = open();
    }

    private Connection open() throws SQLException {
        Connection opened = DriverManager.getConnection(serverUrl, user, password);
        // Every query sees what is committed now, not a snapshot from the previous poll.
        opened.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        opened.setAutoCommit(true);
        return opened;
    }

    /** The connection, opened again if the server was restarted under it (the MariaDB fault). */
    private Connection connection() throws SQLException {
        if (!connection.isValid(2)) {
            connection.close();
            connection = open();
        }
        return connection;
    }

    /**
     * The committed, unsent outbox rows that another transaction holds locked right now, by id with their event
     * id: the rows of an open relay round. OutboxBatch locks the pending rows ({@code SELECT ... FOR UPDATE SKIP
     * LOCKED}) and holds them until the broker acknowledged them and they are marked sent; nothing else locks a
     * committed outbox row (intake only inserts, the purge deletes sent rows). Found as the pending rows a plain
     * read sees minus those a {@code SKIP LOCKED} read can lock; that read's locks end with its statement
     * (autocommit), and a relay round starting at that instant merely skips those rows until its next round.
     * INNODB_TRX is no help here: the server refreshes it at most every 100 ms, and not at all while it is polled
     * more often than that.
     */
    Map<Long, String> rowsHeldByRelay() throws SQLException {
        Map<Long, String> pending = new HashMap<>();
        try (Statement statement = connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, event_id FROM " + outbox
                     + " WHERE sent_at IS NULL")) {
            while (rows.next()) {
                pending.put(rows.getLong(1), rows.getString(2));
            }
        }
        if (pending.isEmpty()) {
            return pending;
        }
        try (Statement statement = connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM " + outbox
                     + " WHERE sent_at IS NULL FOR UPDATE SKIP LOCKED")) {
            while (rows.next()) {
                pending.remove(rows.getLong(1));
            }
        }
        return pending;
    }

    /** How many of these outbox rows (by id) are not marked sent. */
    long unsentRows(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        String sql = "SELECT COUNT(*) FROM " + outbox + " WHERE sent_at IS NULL AND id IN ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            int index = 1;
            for (long id : ids) {
                statement.setLong(index++, id);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** How many of these event ids the county has recorded as counted. */
    long countedAmong(Collection<String> eventIds) throws SQLException {
        return countAmong("SELECT COUNT(*) FROM " + processed + " WHERE event_id IN ", eventIds);
    }

    private long countAmong(String sqlUpToIn, Collection<String> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return 0;
        }
        String sql = sqlUpToIn + "(" + String.join(",", Collections.nCopies(eventIds.size(), "?")) + ")";
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            int index = 1;
            for (String id : eventIds) {
                statement.setString(index++, id);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Both ends of the pipeline at one moment, for the exactly-once check. */
    Tally tally() throws SQLException {
        return new Tally(outboxRows(), processedRows(), countedOutboxRows(), countedEventsInAggregates());
    }

    /**
     * @param outbox     events the unit committed
     * @param processed  event ids the county recorded as counted
     * @param joined     outbox events whose id the county recorded
     * @param aggregated {@code SUM(activity_count.events)}: what the figures add up to
     */
    record Tally(long outbox, long processed, long joined, long aggregated) {

        /** Outbox events the county never counted. */
        long lost() {
            return outbox - joined;
        }

        /** Counts beyond one per event: an event counted twice, or something counted that no unit sent. */
        long doubled() {
            return Math.max(aggregated - joined, 0) + (processed - joined);
        }

        boolean exactlyOnce() {
            return processed == outbox && joined == outbox && aggregated == outbox;
        }

        @Override
        public String toString() {
            return "outbox " + outbox + ", processed_event " + processed + ", outbox rows counted " + joined
                    + ", SUM(activity_count.events) " + aggregated;
        }
    }

    long maxOutboxId() throws SQLException {
        return single("SELECT COALESCE(MAX(id), 0) FROM " + outbox);
    }

    long outboxRows() throws SQLException {
        return single("SELECT COUNT(*) FROM " + outbox);
    }

    long unsentOutboxRows() throws SQLException {
        return single("SELECT COUNT(*) FROM " + outbox + " WHERE sent_at IS NULL");
    }

    long outboxRowsUpTo(long id) throws SQLException {
        return single("SELECT COUNT(*) FROM " + outbox + " WHERE id <= " + id);
    }

    long processedRows() throws SQLException {
        return single("SELECT COUNT(*) FROM " + processed);
    }

    /** Outbox rows whose event id the county has recorded as counted. */
    long countedOutboxRows() throws SQLException {
        return single("SELECT COUNT(*) FROM " + outbox + " o JOIN " + processed + " p ON p.event_id = o.event_id");
    }

    long countedOutboxRowsUpTo(long id) throws SQLException {
        return single("SELECT COUNT(*) FROM " + outbox + " o JOIN " + processed
                + " p ON p.event_id = o.event_id WHERE o.id <= " + id);
    }

    /**
     * The sum statistics-service's AggregateReader asks MariaDB for a grouping over a month range, timed here to
     * tell the database's share of an answer's time from the service's own.
     *
     * @param columns activity_count's columns, from the bench's own fixed list (never input)
     * @return {nanoseconds, rows returned}
     */
    long[] timedGroupBy(List<String> columns, String fromMonth, String toMonth) throws SQLException {
        String grouped = String.join(", ", columns);
        String sql = "SELECT " + grouped + ", SUM(events) FROM " + counts + " WHERE month >= ? AND month <= ? GROUP BY "
                + grouped + " ORDER BY " + grouped;
        long started = System.nanoTime();
        long rows = 0;
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setString(1, fromMonth);
            statement.setString(2, toMonth);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
        }
        return new long[]{System.nanoTime() - started, rows};
    }

    /** Rows of activity_count: how many cells a grouping's query has to read at most. */
    long aggregateRows() throws SQLException {
        return single("SELECT COUNT(*) FROM " + counts);
    }

    long countedEventsInAggregates() throws SQLException {
        return single("SELECT COALESCE(SUM(events), 0) FROM " + counts);
    }

    /** A watch of when each outbox row after {@code afterId} is first seen counted, over a connection of its own. */
    CountedWatch watchCounted(long afterId) throws SQLException {
        return CountedWatch.start(serverUrl, user, password, outbox, processed, afterId);
    }

    /** Events counted, and over how long. */
    record Span(long rows, long micros) {
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = connection().createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
