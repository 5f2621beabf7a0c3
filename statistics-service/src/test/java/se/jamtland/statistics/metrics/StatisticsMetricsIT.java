package se.jamtland.statistics.metrics;

import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Mono;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.runtime.metrics.SuiteMeters;
import se.jamtland.statistics.StatisticsTestProperties;
import se.jamtland.statistics.consumer.CountRepository;
import se.jamtland.statistics.consumer.KafkaReadiness;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.PrometheusScrape;
import se.jamtland.testsupport.TestIdp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16 §2 on statistics-service: events counted and dead letters on /prometheus, the consumer's lag meter
 * under the client id monitoring.yaml selects, no kommun or typed value in a label, and readiness that needs
 * Kafka while liveness does not.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsMetricsIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    CountRepository counts;

    private KafkaProducer<String, String> producer;
    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        properties = StatisticsTestProperties.forDatabase("statistics_metrics_test");
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        return properties;
    }

    @AfterAll
    void closeProducer() {
        producer.close();
    }

    @Test
    void counted_events_dead_letters_and_the_consumer_lag_are_on_the_scrape_without_a_kommun_in_any_label()
            throws Exception {
        // The topic is the suite's test topic: this consumer group reads it from the start, other tests' unreadable
        // messages too. A marker on the same partition as this test's unreadable message (same key, so read in
        // order) says when it has been handled; the dead-letter counter must have grown by it.
        ActivityEvent first = contact("2380");
        publish(first);
        await().atMost(Duration.ofSeconds(30)).until(() -> counts.timesProcessed(first.id()) == 1);
        double deadBefore = scrape().value("statistics_dead_letter_records_total", "").orElseThrow();
        double countedBefore = scrape().value("statistics_events_counted_total", "").orElseThrow();
        List<ActivityEvent> events = List.of(contact("2309"), contact("2321"));
        producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, first.key(), "{\"kommun\":\"2326\", not json")).get();
        for (ActivityEvent event : events) {
            publish(event);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().allMatch(e -> counts.timesProcessed(e.id()) == 1));
        http.toBlocking().exchange(HttpRequest.GET("/statistics?from=2025-10&to=2025-10&groupBy=kommun&kommun=2380")
                .bearerAuth(TestIdp.statistician()), String.class);

        // The counters move just after the database commit the test waited for: a moment's grace.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            PrometheusScrape after = scrape();
            assertThat(after.value("statistics_events_counted_total", "").orElseThrow())
                    .isGreaterThanOrEqualTo(countedBefore + 2);
            assertThat(after.value("statistics_dead_letter_records_total", "").orElseThrow())
                    .isGreaterThanOrEqualTo(deadBefore + 1);
            assertThat(after.text()).contains(SuiteMeters.ALERTED_KAFKA_CLIENT_NAMES.get(0) + "{")
                    .contains("client_id=\"" + SuiteMeters.STATISTICS_KAFKA_CLIENT_PREFIX + "consumer\"");
        });
        long started = System.nanoTime();
        PrometheusScrape scrape = scrape();
        long scrapeMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertThat(scrape.text()).contains("hikaricp_connections_active", "jvm_memory_used_bytes",
                "http_server_requests_seconds_count");
        assertThat(scrape.labelValues()).isNotEmpty()
                .allSatisfy(value -> assertThat(value).doesNotContain("2380").doesNotContain("2309")
                        .doesNotContain("2321").doesNotContain("2326"));
        System.out.printf("metrics figures: statistics scrape %d bytes in %d ms%n", scrape.text().length(), scrapeMs);
    }

    @Test
    void readiness_fails_while_kafka_is_unreachable_but_liveness_holds() throws Exception {
        assertThat(status(http, "/health/readiness")).isEqualTo(200);
        assertThat(status(http, "/health/liveness")).isEqualTo(200);

        Map<String, Object> noKafka = new HashMap<>(properties);
        noKafka.put("kafka.bootstrap.servers", "127.0.0.1:" + FreePorts.one());
        noKafka.put("statistics.consumer.kafka-check-interval", "500ms");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, noKafka);
             HttpClient client = HttpClient.create(server.getURL())) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                HealthResult kafka = Mono.from(server.getApplicationContext().getBean(KafkaReadiness.class)
                        .getResult()).block();
                assertThat(kafka.getStatus()).isEqualTo(HealthStatus.DOWN);
                assertThat(status(client, "/health/readiness")).isEqualTo(503);
            });
            assertThat(status(client, "/health/liveness")).isEqualTo(200);
        }
    }

    private void publish(ActivityEvent event) throws Exception {
        producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, event.key(), json.writeValueAsString(event))).get();
    }

    private static ActivityEvent contact(String kommun) {
        return ActivityEvent.of(ActivityKind.ADVISORY_CONTACT, "familjeradgivning", "familjeradgivning", "ADVISORY",
                LocalDate.of(2025, 10, 3), "30-49", "female", kommun, "VISIT", 2, null, "2025-07-01", Instant.now());
    }

    private PrometheusScrape scrape() {
        return new PrometheusScrape(http.toBlocking().retrieve("/prometheus"));
    }

    private static int status(HttpClient client, String path) {
        try {
            return client.toBlocking().exchange(HttpRequest.GET(path), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
