package se.jamtland.release;

import se.jamtland.events.Unit;
import se.jamtland.testinfra.DatabaseServer;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The production settings of each service, as a Deployment gives them (k8s/base/services): exactly the variables a
 * service requires (its suite.required-settings, which it names when one is missing), so the smoke test proves
 * both that these are enough and that none of them may be left out. Each database is given its own user, not root.
 */
final class ProductionSettings {

    /** The units' module names, by their id (activity-events' Unit). */
    static final Map<String, String> UNIT_MODULES = unitModules();

    private ProductionSettings() {
    }

    private static Map<String, String> unitModules() {
        Map<String, String> modules = new LinkedHashMap<>();
        for (Unit unit : Unit.values()) {
            modules.put(unit.id(), unit.id() + "-service");
        }
        return modules;
    }

    /** What every part of the suite outside the services is, for these settings. */
    record Surroundings(DatabaseServer database, String kafka, String issuer, Map<String, String> urls) {
    }

    static Map<String, String> eligibility(Surroundings around) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SECURITY_OIDC_ISSUER", around.issuer());
        return settings;
    }

    static Map<String, String> unit(Surroundings around, String unit) {
        Map<String, String> settings = withDatabaseAndKafka(around, unit);
        settings.put("VISITOR_CODE_KEY", randomSecret());
        settings.put("ELIGIBILITY_URL", around.urls().get("eligibility-service"));
        return settings;
    }

    static Map<String, String> statistics(Surroundings around) {
        Map<String, String> settings = withDatabaseAndKafka(around, "statistics");
        settings.put("ELIGIBILITY_URL", around.urls().get("eligibility-service"));
        return settings;
    }

    static Map<String, String> gateway(Surroundings around) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SECURITY_OIDC_ISSUER", around.issuer());
        settings.put("ELIGIBILITY_URL", around.urls().get("eligibility-service"));
        UNIT_MODULES.forEach((unit, module) -> settings.put(unit.toUpperCase(java.util.Locale.ROOT) + "_URL", around.urls().get(module)));
        settings.put("STATISTICS_URL", around.urls().get("statistics-service"));
        return settings;
    }

    private static Map<String, String> withDatabaseAndKafka(Surroundings around, String database) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SECURITY_OIDC_ISSUER", around.issuer());
        String user = database + "_app";
        String password = randomSecret();
        // A user and password of its own, as its Secret gives. The embedded MariaDB runs with --skip-grant-tables
        // (test-infra), so it admits any user: this shows the service connects with what it is given, not that the
        // server refuses the others (the NetworkPolicy and each database's own Secret do that in the cluster).
        settings.put("DATASOURCES_DEFAULT_URL", around.database().createDatabase(database + "_release"));
        settings.put("DATASOURCES_DEFAULT_USERNAME", user);
        settings.put("DATASOURCES_DEFAULT_PASSWORD", password);
        settings.put("KAFKA_BOOTSTRAP_SERVERS", around.kafka());
        // The embedded broker has no TLS: production names its protocol too, here the plain one.
        settings.put("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
        return settings;
    }

    /** Settings that are not required but that a service uses when given: its client secret at the IdP. */
    static Map<String, String> optional(String module) {
        return module.equals("eligibility-service") ? Map.of() : Map.of("SUITE_CLIENT_SECRET", "dev");
    }

    /** 32 random bytes, hex: a password or a visitor-code key nobody else has. */
    static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
