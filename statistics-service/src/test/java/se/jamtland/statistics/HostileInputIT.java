package se.jamtland.statistics;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.hostile.HostileInputContract;
import se.jamtland.testinfra.hostile.OpenApiOperations.Operation;
import se.jamtland.testsupport.Database;
import se.jamtland.testsupport.TestIdp;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hostile input to every documented route of statistics-service gets a 4xx problem and writes nothing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT implements HostileInputContract, TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private Database db;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = StatisticsTestProperties.forDatabase("statistics_hostile_input_test");
        // Thousands of requests in seconds are this test's nature.
        StatisticsTestProperties.withoutRateLimit(properties);
        // No broker here: the consumer would count other tests' events while this test counts rows; no request
        // writes a row in statistics-service, and that is what is checked.
        properties.put("kafka.bootstrap.servers", "127.0.0.1:" + FreePorts.one());
        db = Database.of(properties);
        return properties;
    }

    @Override
    public List<String> openApiDocuments() {
        return List.of("statistics-service-1.yml");
    }

    @Override
    public URI serviceUri() {
        return server.getURI();
    }

    @Override
    public String tokenFor(Operation operation) {
        return TestIdp.statistician();
    }

    @Override
    public Map<String, String> existingObjects() {
        return Map.of();
    }

    @Override
    public Map<String, Long> storedRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map<String, Object> table : db.rows("SELECT table_name AS t FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
            rows.put(table.get("t").toString(), db.count("`" + table.get("t") + "`"));
        }
        return rows;
    }
}
