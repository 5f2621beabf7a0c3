package se.jamtland.devstack;

import se.jamtland.testinfra.DatabaseServer;

/**
 * One service that devstack runs as its own JVM.
 *
 * @param name         how devstack names it in its output, e.g. {@code cmv-service}
 * @param moduleDir    the Maven module folder, relative to the repository root
 * @param mainClass    the class with {@code main}, normally the Micronaut {@code Application}
 * @param port         its fixed local port (architecture.md)
 * @param databaseName its own database on the shared MariaDB server, or {@code null} when it stores nothing
 * @param usesKafka    whether it gets {@code KAFKA_BOOTSTRAP_SERVERS}
 */
public record ServiceSpec(String name, String moduleDir, String mainClass, int port, String databaseName,
                          boolean usesKafka) {

    public ServiceSpec {
        requireText("name", name);
        requireText("moduleDir", moduleDir);
        requireText("mainClass", mainClass);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(name + ": not a port: " + port);
        }
        // Checked here rather than at createDatabase so a bad entry fails before anything has been started.
        if (databaseName != null && !DatabaseServer.DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException(name + ": not a valid database name: " + databaseName);
        }
    }

    public boolean hasDatabase() {
        return databaseName != null;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String healthUrl() {
        return url() + "/health";
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ServiceSpec needs a " + what);
        }
    }
}
