package se.jamtland.unit.gallring.infrastructure;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One replica runs gallring at a time: MariaDB's {@code GET_LOCK}, named after the unit's database (locks are
 * server-wide, and units may share a server), held on a connection of its own for the whole run.
 * <p>
 * Why not a lock row taken {@code FOR UPDATE}: that lock lasts only as long as a transaction, so the row would
 * have to be held in one transaction for the whole run, the long transaction gallring must not have. A
 * {@code GET_LOCK} belongs to the session and no transaction; the server releases it when the session ends, so a
 * replica that crashes never leaves a stale lock behind and there is no lease time to tune. Should the session be
 * lost mid-run and another replica start, each record is still locked and checked again in its own transaction,
 * so nothing is deleted or counted twice.
 */
@Singleton
public class GallringLock {

    private final DataSource dataSource;

    public GallringLock(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** The lock, or empty when another replica holds it (never waits). */
    public Optional<Held> tryAcquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT GET_LOCK(CONCAT('gallring.', DATABASE()), 0)");
                 ResultSet result = statement.executeQuery()) {
                if (result.next() && result.getInt(1) == 1) {
                    return Optional.of(new Held(connection));
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("gallring lock unavailable (" + e.getSQLState() + ")", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing a broken session ends it, which releases any lock it held.
            }
        }
    }

    /** The held lock; closing it releases the lock and returns the connection. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT RELEASE_LOCK(CONCAT('gallring.', DATABASE()))")) {
                statement.execute();
            } catch (SQLException ignored) {
                // The session is closed below either way, and the server releases its locks with it.
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
