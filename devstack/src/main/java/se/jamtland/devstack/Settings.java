package se.jamtland.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a developer may change without editing code. Each setting is read from a system property (so
 * {@code mvn -Ddevstack.db.port=3308 -pl devstack exec:java} works) or else from an environment variable.
 *
 * @param databasePort  MariaDB's port: {@code devstack.db.port} / {@code DEVSTACK_DB_PORT}, default 3307
 * @param healthTimeout how long every service gets to answer /health with 200:
 *                      {@code devstack.health.timeout.seconds} / {@code DEVSTACK_HEALTH_TIMEOUT_SECONDS}, default 60
 * @param javaOptions   extra JVM options for every service, whitespace-separated:
 *                      {@code devstack.java.opts} / {@code DEVSTACK_JAVA_OPTS}, default none
 * @param startup       how services start: {@code devstack.startup} / {@code DEVSTACK_STARTUP}, {@code deployed}
 *                      (default, {@link ServiceLaunch#deployed}), {@code appcds} (this Java with an AppCDS archive,
 *                      cheaper to make than Java 25's AOT cache) or {@code plain} (target/classes, no cache)
 */
record Settings(int databasePort, Duration healthTimeout, List<String> javaOptions, String startup) {

    static final int DEFAULT_DATABASE_PORT = 3307;
    static final int DEFAULT_HEALTH_TIMEOUT_SECONDS = 60;

    static Settings fromEnvironment() {
        return new Settings(
                number("devstack.db.port", "DEVSTACK_DB_PORT", DEFAULT_DATABASE_PORT),
                Duration.ofSeconds(number("devstack.health.timeout.seconds", "DEVSTACK_HEALTH_TIMEOUT_SECONDS",
                        DEFAULT_HEALTH_TIMEOUT_SECONDS)),
                words(setting("devstack.java.opts", "DEVSTACK_JAVA_OPTS")),
                startup(setting("devstack.startup", "DEVSTACK_STARTUP")));
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

    private static String startup(String value) {
        String startup = value == null ? "deployed" : value.toLowerCase(Locale.ROOT);
        if (!List.of("deployed", "appcds", "plain").contains(startup)) {
            throw new DevStackException("devstack.startup / DEVSTACK_STARTUP must be deployed, appcds or plain, not '"
                    + value + "'");
        }
        return startup;
    }

    /** The start a service gets under this setting; AppCDS falls back to plain where it cannot be made. */
    ServiceLaunch launch(Path root, ServiceSpec spec) {
        return switch (startup) {
            case "plain" -> ServiceLaunch.plain(root, spec);
            case "appcds" -> ServiceLaunch.of(ServiceLaunch.Mode.APP_CDS, root, spec)
                    .orElseGet(() -> ServiceLaunch.deployed(root, spec));
            default -> ServiceLaunch.deployed(root, spec);
        };
    }

    private static List<String> words(String value) {
        return value == null ? List.of() : Arrays.asList(value.split("\\s+"));
    }
}
