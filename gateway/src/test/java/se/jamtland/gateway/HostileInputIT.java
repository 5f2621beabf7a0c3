package se.jamtland.gateway;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.gateway.openapi.OpenApiDocumentController;
import se.jamtland.testinfra.hostile.HostileInputContract;
import se.jamtland.testinfra.hostile.OpenApiOperations.Operation;
import se.jamtland.testsupport.Database;
import se.jamtland.testsupport.TestIdp;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile input to every route of the gateway's document gets a 4xx problem, through the gateway or from the
 * service behind it, and nothing is written in the unit a remiss would go to.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT implements HostileInputContract, TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = GatewayUpstreams.gatewayProperties();
        // Thousands of requests in seconds are this test's nature.
        properties.put("rate-limits.case-systems.burst", "1000000");
        properties.put("rate-limits.case-systems.per-second", "100000");
        return properties;
    }

    @Override
    public List<String> openApiDocuments() {
        return List.of(OpenApiDocumentController.RESOURCE.substring("META-INF/swagger/".length()));
    }

    @Override
    public URI serviceUri() {
        return server.getURI();
    }

    @Override
    public String tokenFor(Operation operation) {
        return TestIdp.caseSystem("2380");
    }

    @Override
    public Map<String, String> existingObjects() {
        return Map.of("id", "minimaria-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e");
    }

    @Override
    public Map<String, Object> knownValues(Operation operation) {
        return Map.of("insats", "minimaria-a-cra");
    }

    @Override
    public Map<String, Long> storedRows() {
        Database db = GatewayUpstreams.minimariaDatabase();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map<String, Object> table : db.rows("SELECT table_name AS t FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
            rows.put(table.get("t").toString(), db.count("`" + table.get("t") + "`"));
        }
        return rows;
    }
}
