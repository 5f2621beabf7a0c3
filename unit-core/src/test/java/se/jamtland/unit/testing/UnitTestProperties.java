package se.jamtland.unit.testing;

import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.RealEligibilityService;
import se.jamtland.testsupport.TestIdp;

import java.util.HashMap;
import java.util.Map;

/** Properties for a unit service under test: its own real database and the real eligibility-service. */
public final class UnitTestProperties {

    /** The tests' key for visitor codes (a unit's real one is a Secret): long enough, and obviously not one. */
    public static final String DEV_VISITOR_CODE_KEY = "dev-only-visitor-code-key-for-tests-0000";

    private UnitTestProperties() {
    }

    public static Map<String, String> forUnit(String unit, String database) {
        return forUnit(unit, database, RealEligibilityService.url());
    }

    public static Map<String, String> forUnit(String unit, String database, String eligibilityUrl) {
        DatabaseServer server = TestInfrastructure.mariaDb();
        Map<String, String> properties = new HashMap<>();
        properties.put("unit.id", unit);
        properties.put("datasources.default.url", server.createDatabase(database));
        properties.put("datasources.default.username", server.username());
        properties.put("datasources.default.password", server.password());
        properties.put("micronaut.http.services.eligibility.url", eligibilityUrl);
        properties.put("micronaut.server.port", "-1");
        properties.put("visitor-code.key", DEV_VISITOR_CODE_KEY);
        properties.putAll(TestIdp.serviceProperties());
        return properties;
    }

    /** An address where nothing listens: eligibility-service is down. */
    public static String nowhere() {
        return "http://127.0.0.1:" + FreePorts.one();
    }
}
