package se.jamtland.statistics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.devstack.ChildService;
import se.jamtland.events.ActivityEvent;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.ChildServices;
import se.jamtland.testsupport.Database;
import se.jamtland.testsupport.RealEligibilityService;
import se.jamtland.testsupport.TestIdp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline with real processes: minimaria-service (its own JVM and database) → outbox → relay →
 * Kafka → this statistics-service → its database. Faults are made on purpose, and the county's totals are
 * checked against the unit's own database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityPipelineIT implements TestPropertyProvider {

    /** The INDIVIDUAL cases' people, one per registration (one person has one open case of an insats). */
    private int registrations;
    /** Their birth date as the number writes it (all are 17 on the start date): too short for the log scan. */
    private static final String BIRTH_DATE = Canaries.personnummer(17, "FEMALE", 0).substring(2, 8);

    private final HttpClient http = HttpClient.newHttpClient();
    private Database statistics;
    private Database unitDb;
    private Map<String, String> unitEnvironment;

    @Override
    public Map<String, String> getProperties() {
        DatabaseServer server = TestInfrastructure.mariaDb();
        String statisticsUrl = server.createDatabase("statistics_pipeline_e2e");
        String unitUrl = server.createDatabase("minimaria_pipeline_e2e");
        statistics = new Database(statisticsUrl, server.username(), server.password());
        unitDb = new Database(unitUrl, server.username(), server.password());
        unitEnvironment = new HashMap<>(Map.of(
                "DATASOURCES_DEFAULT_URL", unitUrl,
                "DATASOURCES_DEFAULT_USERNAME", server.username(),
                "DATASOURCES_DEFAULT_PASSWORD", server.password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafka().bootstrapServers(),
                "ELIGIBILITY_URL", RealEligibilityService.url(),
                "VISITOR_CODE_KEY", "dev-only-visitor-code-key-of-the-pipeline-e2e"));
        Map<String, String> properties = new HashMap<>(TestIdp.serviceProperties());
        properties.putAll(Map.of(
                "datasources.default.url", statisticsUrl,
                "datasources.default.username", server.username(),
                "datasources.default.password", server.password(),
                "kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers(),
                "statistics.consumer.group-id", "county-statistics-e2e-" + UUID.randomUUID(),
                "micronaut.http.services.eligibility.url", RealEligibilityService.url(),
                "micronaut.server.port", "-1"));
        return properties;
    }

    @Test
    void every_outbox_event_is_counted_exactly_once_after_a_relay_crashed_between_sending_and_marking()
            throws Exception {
        List<String> caseCodes = new ArrayList<>();
        // First life: the relay is held back (as if it never got to mark its rows), then the service is killed.
        Map<String, String> heldBack = new HashMap<>(unitEnvironment);
        heldBack.put("OUTBOX_RELAY_INTERVAL", "1h");
        try (ChildService minimaria = ChildServices.start("minimaria-service", heldBack)) {
            register(minimaria, caseCodes);
            minimaria.kill();
        }
        List<Map<String, Object>> pending = unitDb.rows("SELECT message_key, payload FROM outbox WHERE sent_at IS NULL");
        assertThat(pending).isNotEmpty();
        // What the crashed relay had already sent: half of its batch reached Kafka but was never marked sent.
        try (KafkaProducer<String, String> crashedRelay = producer()) {
            for (Map<String, Object> row : pending.subList(0, pending.size() / 2)) {
                crashedRelay.send(new ProducerRecord<>(ActivityEvent.TOPIC, row.get("message_key").toString(),
                        row.get("payload").toString())).get();
            }
        }

        // Second life: the relay finds the unmarked rows and publishes all of them, some a second time.
        try (ChildService minimaria = ChildServices.start("minimaria-service", unitEnvironment)) {
            register(minimaria, caseCodes);
            long outboxEvents = unitDb.count("outbox");
            // Other tests of this JVM share the broker, so only this unit's events are compared.
            await().atMost(Duration.ofSeconds(60)).until(() -> countedOfTheUnitsOutbox() == outboxEvents);

            assertThat(unitDb.rows("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL").get(0).get("n"))
                    .isEqualTo(0L);
            assertThat(((Number) statistics.rows("SELECT SUM(events) AS n FROM activity_count WHERE unit = 'minimaria'")
                    .get(0).get("n")).longValue()).as("every outbox event counted exactly once").isEqualTo(outboxEvents);
        }

        List<String> everyStatisticsValue = statistics.everyValue();
        // The birth date alone is too short a string for the log scan's canaries, but not for one value.
        assertThat(everyStatisticsValue).noneMatch(value -> Canaries.findIn(value).isPresent()
                || value.contains(BIRTH_DATE) || caseCodes.stream().anyMatch(value::contains));
    }

    /** Events of the unit's outbox that the statistics database has counted (both databases share a server). */
    private long countedOfTheUnitsOutbox() {
        return ((Number) statistics.rows("SELECT COUNT(*) AS n FROM processed_event p"
                + " JOIN minimaria_pipeline_e2e.outbox o ON o.event_id = p.event_id").get(0).get("n")).longValue();
    }

    /** An INDIVIDUAL and a DEIDENTIFIED case with sessions, a journal note, a closure and an advisory contact. */
    private void register(ChildService minimaria, List<String> caseCodes) throws Exception {
        String person = Canaries.personnummer(17, "FEMALE", registrations++);
        String individual = caseCode(post(minimaria, "/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-09-01","age":17,"gender":"female","kommun":"2380",
                 "person":{"identityNumber":"%s","givenName":"%s","familyName":"%s","phone":"%s","email":"%s"}}"""
                .formatted(person, Canaries.GIVEN_NAME, Canaries.FAMILY_NAME, Canaries.PHONE,
                        Canaries.EMAIL)));
        String deidentified = caseCode(post(minimaria, "/cases", """
                {"insats":"minimaria-aterfallsprevention","startDate":"2025-09-01","age":20,"kommun":"2309"}"""));
        caseCodes.add(individual);
        caseCodes.add(deidentified);
        for (int i = 0; i < 3; i++) {
            post(minimaria, "/cases/" + individual + "/sessions", "{\"date\":\"2025-09-0" + (2 + i) + "\"}");
            post(minimaria, "/cases/" + deidentified + "/sessions", "{\"date\":\"2025-09-0" + (2 + i) + "\"}");
        }
        post(minimaria, "/cases/" + individual + "/journal", "{\"text\":\"Samtal med " + Canaries.FAMILY_NAME + ".\"}");
        post(minimaria, "/cases/" + deidentified + "/closure", "{\"date\":\"2025-09-10\",\"reason\":\"COMPLETED\"}");
        post(minimaria, "/advisory-contacts", """
                {"insats":"minimaria-radgivande-samtal","date":"2025-09-03","channel":"CHAT","askedBy":"RELATIVE"}""");
    }

    private String post(ChildService service, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestIdp.staff("minimaria")).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isIn(200, 201);
        return response.body();
    }

    private static String caseCode(String body) {
        int start = body.indexOf("\"caseCode\":\"") + 12;
        return body.substring(start, body.indexOf('"', start));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
