package se.jamtland.statistics.report;

import se.jamtland.statistics.disclosure.RecordKey;
import se.jamtland.statistics.disclosure.StatisticsTable;
import se.jamtland.statistics.disclosure.TableCell;
import se.jamtland.testsupport.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answer MariaDB gives, as AggregateReader read it before the aggregates were held in memory (issue 11): the
 * reference {@link AggregateView} must equal, cell for cell, key sum for key sum, in the same order.
 */
public final class SqlAggregates {

    private SqlAggregates() {
    }

    public static StatisticsTable read(Database database, StatisticsQuery query) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < query.groupBy().size(); i++) {
            columns.add(query.groupBy().get(i).column());
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(columns.get(i)).append(" AS d").append(i).append(", ");
        }
        sql.append("SUM(").append(query.measure().column()).append(") AS n, MOD(SUM(")
                .append(query.measure().keyColumn()).append("), ").append(RecordKey.MODULUS)
                .append(") AS key_sum FROM activity_count WHERE month >= ? AND month <= ?");
        List<Object> parameters = new ArrayList<>(List.of(query.from(), query.to()));
        filter(sql, parameters, "kind", query.kind());
        filter(sql, parameters, "unit", query.unit());
        filter(sql, parameters, "insats", query.insats());
        filter(sql, parameters, "kommun", query.kommun());
        filter(sql, parameters, "age_band", query.ageBand());
        filter(sql, parameters, "gender", query.gender());
        String grouped = String.join(", ", columns);
        sql.append(" GROUP BY ").append(grouped).append(" HAVING n > 0 ORDER BY ").append(grouped);
        List<TableCell> cells = new ArrayList<>();
        for (Map<String, Object> row : database.rows(sql.toString(), parameters.toArray())) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                key.add((String) row.get("d" + i));
            }
            cells.add(new TableCell(key, ((Number) row.get("n")).longValue(),
                    ((Number) row.get("key_sum")).longValue()));
        }
        return new StatisticsTable(query.groupBy().stream().map(Dimension::parameter).toList(), cells);
    }

    private static void filter(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }
}
