package se.jamtland.statistics.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import se.jamtland.statistics.disclosure.RecordKey;
import se.jamtland.statistics.disclosure.StatisticsTable;
import se.jamtland.statistics.disclosure.TableCell;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sums the aggregates over the asked dimensions, and their record keys modulo 2^32 for the cell keys (the keys stay
 * in the {@link StatisticsTable}, never in an answer); filters are bound parameters, columns come from an enum.
 */
@Singleton
public class AggregateReader {

    private final DataSource dataSource;

    public AggregateReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Read-only transaction: the injected DataSource hands out the transaction's connection, which it closes. */
    @ReadOnly
    public StatisticsTable read(StatisticsQuery query) {
        String columns = query.groupBy().stream().map(Dimension::column).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("SELECT ").append(columns)
                .append(", SUM(").append(query.measure().column()).append(") AS n, MOD(SUM(")
                .append(query.measure().keyColumn()).append("), ").append(RecordKey.MODULUS)
                .append(") AS key_sum FROM activity_count WHERE month >= ? AND month <= ?");
        List<String> parameters = new ArrayList<>(List.of(query.from(), query.to()));
        filter(sql, parameters, "kind", query.kind());
        filter(sql, parameters, "unit", query.unit());
        filter(sql, parameters, "insats", query.insats());
        filter(sql, parameters, "kommun", query.kommun());
        // A row exists only where something was counted; visitors may be none where every contact came without a code.
        sql.append(" GROUP BY ").append(columns).append(" HAVING n > 0 ORDER BY ").append(columns);

        List<TableCell> cells = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<String> key = new ArrayList<>();
                    for (int i = 1; i <= query.groupBy().size(); i++) {
                        key.add(rows.getString(i));
                    }
                    cells.add(new TableCell(key, rows.getLong("n"), rows.getLong("key_sum")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics could not be read", e);
        }
        return new StatisticsTable(query.groupBy().stream().map(Dimension::parameter).toList(), cells);
    }

    /** The transaction's connection; it is closed when the transaction ends, not here. */
    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private static void filter(StringBuilder sql, List<String> parameters, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }
}
