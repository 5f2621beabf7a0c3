package se.jamtland.devstack;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a developer may change without editing code. Each setting is read from a system property (so
 * {@code mvn -Ddevstack.db.port=3308 -pl devstack exec:java} works) or else from an environment variable.
 *
 * @param databasePort  MariaDB's port: {@code devstack.db.port} / {@code DEVSTACK_DB_PORT}, default 3307
 * @param healthTimeout how long every service gets to answer /health with 200:
 *                      {@code devstack.health.timeout.seconds} / {@code DEVSTACK_HEALTH_TIMEOUT_SECONDS}, default 60
 * @param javaOptions   extra JVM options for every service, whitespace-separated:
 *                      {@code devstack.java.opts} / {@code DEVSTACK_JAVA_OPTS}, default none
 * @param plainStart    {@code devstack.startup=plain} / {@code DEVSTACK_STARTUP=plain}: every service from its
 *                      target/classes on this Java, without a start-up cache; default: as deployed
 *                      ({@link ServiceLaunch#deployed})
 */
record Settings(int databasePort, Duration healthTimeout, List<String> javaOptions, boolean plainStart) {

    static final int DEFAULT_DATABASE_PORT = 3307;
    static final int DEFAULT_HEALTH_TIMEOUT_SECONDS = 60;

    static Settings fromEnvironment() {
        return new Settings(
                number("devstack.db.port", "DEVSTACK_DB_PORT", DEFAULT_DATABASE_PORT),
                Duration.ofSeconds(number("devstack.health.timeout.seconds", "DEVSTACK_HEALTH_TIMEOUT_SECONDS",
                        DEFAULT_HEALTH_TIMEOUT_SECONDS)),
                words(setting("devstack.java.opts", "DEVSTACK_JAVA_OPTS")),
                "plain".equalsIgnoreCase(setting("devstack.startup", "DEVSTACK_STARTUP")));
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int number(String property, String variable, int fallback) {
        String value = setting(property, variable);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new DevStackException(property + " / " + variable + " must be a whole number, not '" + value + "'");
        }
    }

    private static List<String> words(String value) {
        return value == null ? List.of() : Arrays.asList(value.split("\\s+"));
    }
}
