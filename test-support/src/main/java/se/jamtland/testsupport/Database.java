package se.jamtland.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a unit's database over its own connection, outside the service's transactions, to assert what was
 * really written.
 */
public record Database(String url, String user, String password) {

    public static Database of(Map<String, String> properties) {
        return new Database(properties.get("datasources.default.url"), properties.get("datasources.default.username"),
                properties.get("datasources.default.password"));
    }

    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(meta.getColumnLabel(column).toLowerCase(), result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An insert, update, delete or DDL statement, as someone with direct database access would run it. */
    public int execute(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String table) {
        return ((Number) rows("SELECT COUNT(*) AS n FROM " + table).get(0).get("n")).longValue();
    }

    public List<String> columns(String table) {
        return rows("SELECT column_name AS c FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = ? ORDER BY ordinal_position", table).stream()
                .map(row -> row.get("c").toString()).toList();
    }

    /** Every value in every row of every table, as text: for canary searches. */
    public List<String> everyValue() {
        List<String> values = new ArrayList<>();
        for (Map<String, Object> table : rows("SELECT table_name AS t FROM information_schema.tables"
                + " WHERE table_schema = DATABASE()")) {
            for (Map<String, Object> row : rows("SELECT * FROM `" + table.get("t") + "`")) {
                row.values().forEach(value -> values.add(String.valueOf(value)));
            }
        }
        return values;
    }
}
