package se.jamtland.statistics;

import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.unit.testing.TestIdp;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * statistics-service under test: its own real database, the real Kafka broker under a consumer group of its
 * own, any free port, and the test IdP's tokens.
 */
final class StatisticsTestProperties {

    private StatisticsTestProperties() {
    }

    static Map<String, String> forDatabase(String database) {
        DatabaseServer db = TestInfrastructure.mariaDb();
        Map<String, String> properties = new HashMap<>(TestIdp.serviceProperties());
        properties.put("datasources.default.url", db.createDatabase(database));
        properties.put("datasources.default.username", db.username());
        properties.put("datasources.default.password", db.password());
        properties.put("kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        properties.put("statistics.consumer.group-id", "county-statistics-" + database + "-" + UUID.randomUUID());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
