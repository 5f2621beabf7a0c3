package se.jamtland.statistics;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.TestIdp;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * statistics-service under test: its own real database, the real Kafka broker under a consumer group of its
 * own, any free port, and the test IdP's tokens.
 */
public final class StatisticsTestProperties {

    private StatisticsTestProperties() {
    }

    public static Map<String, String> forDatabase(String database) {
        return forDatabase(TestInfrastructure.mariaDb(), database);
    }

    /** On a database server of the test's own, e.g. one the test stops and starts. */
    static Map<String, String> forDatabase(DatabaseServer db, String database) {
        Map<String, String> properties = new HashMap<>(TestIdp.serviceProperties());
        properties.put("datasources.default.url", db.createDatabase(database));
        properties.put("datasources.default.username", db.username());
        properties.put("datasources.default.password", db.password());
        properties.put("kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        properties.put("statistics.consumer.group-id", "county-statistics-" + database + "-" + UUID.randomUUID());
        properties.put("micronaut.server.port", "-1");
        // The catalog's names are the dashboard's (DashboardFixture gives it the real eligibility-service); the
        // other tests never ask, and before issue 16 §1 took its localhost default away they had no catalog either.
        properties.put("micronaut.http.services.eligibility.url", "http://127.0.0.1:" + FreePorts.one());
        return properties;
    }

    /** For a test whose nature is many questions in seconds; StatisticsFloodIT tests the limit itself. */
    public static void withoutRateLimit(Map<String, String> properties) {
        properties.put("rate-limits.statistics.burst", "100000");
        properties.put("rate-limits.statistics.per-second", "5000");
    }

    /** A producer to the test broker, as a unit's relay sends: acks from all replicas. */
    static KafkaProducer<String, String> eventProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
