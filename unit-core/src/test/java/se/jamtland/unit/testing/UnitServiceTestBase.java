package se.jamtland.unit.testing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.Database;
import se.jamtland.testsupport.RealEligibilityService;
import se.jamtland.testsupport.TestIdp;

import java.util.Map;

/**
 * A unit service under test over HTTP, on its own real MariaDB database and the real eligibility-service.
 * Subclasses add {@code @MicronautTest(environments = "unit", transactional = false)}: the service commits
 * its own transactions and the test reads them back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class UnitServiceTestBase implements TestPropertyProvider {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected JsonMapper json;

    protected Api api;
    protected Database db;
    private final String unit;
    private final String database;
    private Map<String, String> properties;

    /**
     * @param unit     the unit id: cmv, minimaria, familjeradgivning or barnahus
     * @param database a database of the test class's own, so test classes never see each other's rows
     */
    protected UnitServiceTestBase(String unit, String database) {
        this.unit = unit;
        this.database = database;
    }

    protected String eligibilityUrl() {
        return RealEligibilityService.url();
    }

    /** More properties for this test's service, e.g. a Kafka broker for the outbox relay. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        properties = new java.util.HashMap<>(UnitTestProperties.forUnit(unit, database, eligibilityUrl()));
        properties.putAll(extraProperties());
        return properties;
    }

    /** The unit id this service runs as. */
    protected String unit() {
        return unit;
    }

    @BeforeEach
    void connect() {
        api = new Api(http, json, TestIdp.staff(unit));
        db = Database.of(properties);
    }
}
