package se.jamtland.unit.gallring.infrastructure;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain statements on the transaction's connection (the DataSource hands the current transaction's, which closes
 * with it). A failure names the SQL state only: a statement's values (case codes, ids) are not for a log.
 */
final class Sql {

    private Sql() {
    }

    static PreparedStatement prepared(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = dataSource.getConnection().prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i];
            statement.setObject(i + 1, value);
        }
        return statement;
    }

    static int update(DataSource dataSource, String sql, Object... parameters) {
        try (PreparedStatement statement = prepared(dataSource, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static List<Map<String, Object>> rows(DataSource dataSource, String sql, Object... parameters) {
        try (PreparedStatement statement = prepared(dataSource, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnLabel(column), result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("gallring statement failed (SQLState " + e.getSQLState() + ", "
                + e.getErrorCode() + ")");
    }
}
