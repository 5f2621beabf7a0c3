package se.jamtland.statistics.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@link AggregateView} reads from the database: the aggregates' revision, and the rows changed after a
 * revision (all of them after -1), streamed so that a whole county's rows never sit in memory twice.
 */
@Singleton
public class AggregateChanges {

    /** Rows fetched per round trip while streaming: a few hundred kilobytes at a time. */
    private static final int FETCH_SIZE = 5_000;
    private static final String ROWS = "SELECT " + Stream.concat(Arrays.stream(Dimension.values()).map(Dimension::column),
                    Stream.of("closure")).collect(Collectors.joining(", "))
            + ", events, record_key_sum, first_visits, first_visit_key_sum FROM activity_count WHERE revision > ?";

    private final DataSource dataSource;

    public AggregateChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The revision of the last committed counting transaction (V6). */
    @ReadOnly
    public long revision() {
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT revision FROM aggregate_revision WHERE id = 1");
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("aggregate_revision has no row (V6)");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the aggregates' revision could not be read", e);
        }
    }

    /** Every row whose revision is after {@code revision}, as it is now, into {@code changes}. */
    @ReadOnly
    public void since(long revision, AggregateView.Changes changes) {
        try (PreparedStatement statement = connection().prepareStatement(ROWS)) {
            statement.setLong(1, revision);
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String[] key = new String[AggregateView.KEY_COLUMNS];
                    for (int column = 0; column < key.length; column++) {
                        key[column] = rows.getString(column + 1);
                    }
                    changes.put(key, rows.getLong("events"), rows.getLong("record_key_sum"),
                            rows.getLong("first_visits"), rows.getLong("first_visit_key_sum"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("changed aggregates could not be read", e);
        }
    }

    /** The transaction's connection; it is closed when the transaction ends, not here. */
    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
