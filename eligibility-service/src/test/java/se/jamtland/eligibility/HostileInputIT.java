package se.jamtland.eligibility;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.testinfra.hostile.HostileInputContract;
import se.jamtland.testinfra.hostile.OpenApiOperations.Operation;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Hostile input to every documented route of eligibility-service gets a 4xx problem. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Thousands of requests in seconds are this test's nature; PublicDecisionsFloodIT tests the limits themselves.
@Property(name = "rate-limits.decisions.burst", value = "100000")
@Property(name = "rate-limits.decisions.per-second", value = "5000")
@Property(name = "rate-limits.catalog.burst", value = "100000")
@Property(name = "rate-limits.catalog.per-second", value = "5000")
class HostileInputIT implements HostileInputContract {

    @Inject
    EmbeddedServer server;

    @Override
    public List<String> openApiDocuments() {
        return List.of("eligibility-service-1.yml");
    }

    @Override
    public URI serviceUri() {
        return server.getURI();
    }

    /** The catalog and the decisions are public. */
    @Override
    public String tokenFor(Operation operation) {
        return null;
    }

    @Override
    public Map<String, String> existingObjects() {
        return Map.of("id", "minimaria-a-cra");
    }

    @Override
    public Map<String, Object> knownValues(Operation operation) {
        return Map.of("insats", "minimaria-a-cra");
    }

    /** No catalog was in force the day before the first Bilaga (2025-07-01): a question about it has no answer. */
    @Override
    public Map<String, Map<String, String>> moreHostileQueryValues() {
        return Map.of("onDate", Map.of("the day before the first Bilaga", "2025-06-30"));
    }

    /** The service stores nothing: there is nothing a refused request could have half-written. */
    @Override
    public Map<String, Long> storedRows() {
        return Map.of();
    }
}
