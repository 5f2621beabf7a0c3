package se.jamtland.statistics;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.statistics.consumer.CountRepository;
import se.jamtland.testinfra.EmbeddedMariaDb;
import se.jamtland.testinfra.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer while its database is away (stopped, restarting): the batch waits, uncommitted, and nothing goes
 * to the dead-letter topic, which would keep only the event id and leave the event uncounted for good. The fault
 * soak's long MariaDB outage lost two events that way. The test has a MariaDB server of its own to stop, and a
 * short connection timeout, so the consumer's retries run out in seconds.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT implements TestPropertyProvider {

    private static final String DEAD_LETTERS = "county.activity.v1.dlt-outage-" + UUID.randomUUID();

    @Inject
    JsonMapper json;

    @Inject
    CountRepository counts;

    private EmbeddedMariaDb mariaDb;
    private KafkaProducer<String, String> producer;

    @Override
    public Map<String, String> getProperties() {
        try {
            mariaDb = EmbeddedMariaDb.start(Files.createTempDirectory("statistics-outage"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = StatisticsTestProperties.forDatabase(mariaDb, "statistics_outage_test");
        properties.put("datasources.default.connection-timeout", "1000");
        properties.put("statistics.consumer.dead-letter-topic", DEAD_LETTERS);
        producer = StatisticsTestProperties.eventProducer();
        return properties;
    }

    @AfterAll
    void stop() {
        producer.close();
        mariaDb.close();
    }

    @Test
    void while_the_database_is_away_nothing_is_dead_lettered_and_every_event_is_counted_once_it_is_back()
            throws Exception {
        ActivityEvent before = contact(LocalDate.of(2025, 11, 3));
        publish(before);
        await().atMost(Duration.ofSeconds(60)).until(() -> counts.timesProcessed(before.id()) == 1);

        mariaDb.stopServer();
        ActivityEvent during = contact(LocalDate.of(2025, 11, 4));
        publish(during);
        // Three attempts of 1 s + 0.5 s, then event by event: the consumer that dead-lettered did so within 6 s.
        // (Other tests' unreadable messages on the shared topic reach this test's dead-letter topic too; only the
        // events' own ids count here.)
        await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15))
                .until(() -> !deadLettered().contains(during.id()));
        mariaDb.startAgain();

        // The pool's first connections may still fail while the server finishes starting.
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).until(() -> counts.timesProcessed(during.id()) == 1);
        assertThat(counts.timesProcessed(before.id())).isEqualTo(1);
        assertThat(deadLettered()).doesNotContain(before.id(), during.id());
    }

    private static ActivityEvent contact(LocalDate date) {
        return ActivityEvent.of(ActivityKind.ADVISORY_CONTACT, "cmv", "cmv-informationssamtal", "ADVISORY", date,
                "30-49", "female", "2380", "VISIT", 1, null, "2025-07-01", Instant.now());
    }

    private void publish(ActivityEvent event) throws Exception {
        producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, event.key(), json.writeValueAsString(event))).get();
    }

    /** Every value in this test's dead-letter topic; a count failure puts the event's id there. */
    private List<String> deadLettered() {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(DEAD_LETTERS, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
