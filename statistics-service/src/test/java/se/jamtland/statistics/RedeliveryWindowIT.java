package se.jamtland.statistics;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.statistics.consumer.CountRepository;
import se.jamtland.statistics.consumer.ProcessedEventPurge;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.Database;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11: the county keeps a counted event's id only as long as the event can be delivered again, and no
 * finer than the day; inside that window a redelivery is still counted once. The service's clock is moved
 * forward by whole days; the purge runs on its schedule every 200 ms.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedeliveryWindowIT implements TestPropertyProvider {

    @Inject
    JsonMapper json;

    @Inject
    CountRepository counts;

    @Inject
    ProcessedEventPurge purge;

    @Inject
    MovableClock clock;

    @Property(name = "statistics.consumer.redelivery-window")
    Duration window;

    private KafkaProducer<String, String> producer;
    private Database database;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = StatisticsTestProperties.forDatabase("statistics_redelivery_window");
        database = Database.of(properties);
        properties.put("test.movable-clock", "true");
        properties.put("statistics.consumer.purge-interval", "200ms");
        properties.put("statistics.consumer.purge-initial-delay", "0s");
        producer = StatisticsTestProperties.eventProducer();
        return properties;
    }

    @AfterAll
    void closeProducer() {
        producer.close();
    }

    @BeforeEach
    void today() {
        clock.reset();
    }

    /** A krissamtal in Ragunda: a unit, kommun and month (2026) that no other test of the shared topic counts. */
    private static ActivityEvent session(LocalDate date) {
        return ActivityEvent.of(ActivityKind.SESSION_HELD, "barnahus", "barnahus-krissamtal", "DEIDENTIFIED", date,
                "13-14", "female", "2303", "VISIT", null, null, "2025-07-01", Instant.now());
    }

    /** What the aggregates hold for that kommun and month. */
    private long countedIn(LocalDate date) {
        return ((Number) database.rows("SELECT COALESCE(SUM(events), 0) AS n FROM activity_count"
                        + " WHERE unit = 'barnahus' AND kommun = '2303' AND month = ?", date.toString().substring(0, 7))
                .get(0).get("n")).longValue();
    }

    private void publish(ActivityEvent event) throws Exception {
        producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, event.key(), json.writeValueAsString(event))).get();
    }

    private void countedOnce(ActivityEvent event) {
        await().atMost(Duration.ofSeconds(20)).until(() -> counts.timesProcessed(event.id()) == 1);
    }

    /** A new session of that day, published and counted. */
    private ActivityEvent counted(LocalDate date) throws Exception {
        ActivityEvent event = session(date);
        publish(event);
        countedOnce(event);
        return event;
    }

    @Test
    void an_event_delivered_again_on_the_last_day_of_the_window_is_not_counted_again() throws Exception {
        LocalDate day = LocalDate.of(2026, 1, 7);
        ActivityEvent event = counted(day);
        assertThat(countedIn(day)).isEqualTo(1);

        clock.moveForward(Duration.ofDays(8));
        purge.purge();
        publish(event);
        ActivityEvent marker = session(day);
        publish(marker);
        countedOnce(marker);

        assertThat(counts.timesProcessed(event.id())).as("still known on day 8").isEqualTo(1);
        assertThat(countedIn(day)).as("the event once, and the marker").isEqualTo(2);
    }

    @Test
    void an_id_counted_before_the_window_is_purged_by_the_schedule_and_a_later_one_kept() throws Exception {
        ActivityEvent old = counted(LocalDate.of(2026, 2, 14));
        clock.moveForward(Duration.ofDays(1));
        ActivityEvent dayLater = counted(LocalDate.of(2026, 2, 15));

        // Nine days after the first was counted, eight after the second.
        clock.moveForward(Duration.ofDays(8));

        await().atMost(Duration.ofSeconds(20)).until(() -> counts.timesProcessed(old.id()) == 0);
        assertThat(counts.timesProcessed(dayLater.id())).isEqualTo(1);
    }

    @Test
    void no_statistics_column_holds_a_time_finer_than_the_day() {
        List<Map<String, Object>> columns = database.rows("SELECT table_name AS t, column_name AS c, data_type AS d"
                + " FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " ORDER BY table_name, ordinal_position");

        // Flyway's own history says when a migration ran; it holds nothing about any event.
        assertThat(columns).filteredOn(column -> !column.get("t").equals("flyway_schema_history"))
                .isNotEmpty()
                .noneMatch(column -> List.of("timestamp", "datetime", "time")
                        .contains(column.get("d").toString().toLowerCase()));
        assertThat(columns).filteredOn(column -> column.get("t").equals("processed_event"))
                .extracting(column -> column.get("c") + " " + column.get("d"))
                .containsExactly("event_id char", "processed_on date");
    }

    @Test
    void the_window_covers_the_longest_a_record_can_stay_on_the_topic() throws Exception {
        publish(session(LocalDate.of(2026, 3, 20)));
        Config topic;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafka().bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, ActivityEvent.TOPIC);
            topic = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        }
        Duration retention = Duration.ofMillis(Long.parseLong(topic.get(TopicConfig.RETENTION_MS_CONFIG).value()));
        Duration segment = Duration.ofMillis(Long.parseLong(topic.get(TopicConfig.SEGMENT_MS_CONFIG).value()));

        assertThat(window).isEqualTo(Duration.ofDays(8));
        assertThat(retention).isEqualTo(Duration.ofDays(7));
        assertThat(retention.plus(segment)).isLessThanOrEqualTo(window);
        // Else the broker would stamp each record with its own append time to the millisecond.
        assertThat(topic.get(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG).value()).isEqualTo("CreateTime");
    }
}
