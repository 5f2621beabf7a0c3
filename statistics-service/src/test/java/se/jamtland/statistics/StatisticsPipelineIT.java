package se.jamtland.statistics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.events.SwedishDay;
import se.jamtland.statistics.consumer.CountRepository;
import se.jamtland.statistics.consumer.CountingEvents;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.testsupport.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The county consumer against a real Kafka broker and MariaDB: exactly-once counting and disclosure control. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsPipelineIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    CountRepository counts;

    @Inject
    CountingEvents counting;

    private KafkaProducer<String, String> producer;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = StatisticsTestProperties.forDatabase("statistics_pipeline_test");
        producer = StatisticsTestProperties.eventProducer();
        return properties;
    }

    @AfterAll
    void closeProducer() {
        producer.close();
    }

    private static ActivityEvent contact(String insats, String unit, String kommun, LocalDate date) {
        return ActivityEvent.of(ActivityKind.ADVISORY_CONTACT, unit, insats, "ADVISORY", date, "30-49", "female",
                kommun, "VISIT", 2, null, "2025-07-01", Instant.now());
    }

    private void publish(ActivityEvent event) throws Exception {
        producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, event.key(), json.writeValueAsString(event))).get();
    }

    private static HttpRequest<?> asStatistician(String uri) {
        return HttpRequest.GET(uri).bearerAuth(TestIdp.statistician());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> statistics(String query) throws Exception {
        return json.readValue(http.toBlocking().retrieve(asStatistician("/statistics?" + query)), Map.class);
    }

    @Test
    void counts_are_published_per_kommun_with_small_counts_hidden_and_never_recoverable() throws Exception {
        for (int i = 0; i < 9; i++) {
            publish(contact("familjeradgivning", "familjeradgivning", "2380", LocalDate.of(2025, 10, 3)));
        }
        for (int i = 0; i < 6; i++) {
            publish(contact("familjeradgivning", "familjeradgivning", "2309", LocalDate.of(2025, 10, 6)));
        }
        publish(contact("familjeradgivning", "familjeradgivning", "2321", LocalDate.of(2025, 10, 9)));

        String query = "from=2025-10&to=2025-10&groupBy=kommun&unit=familjeradgivning";
        await().atMost(Duration.ofSeconds(20)).until(() -> Integer.valueOf(16).equals(statistics(query).get("total")));
        Map<String, Object> report = statistics(query);

        List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("rows");
        assertThat(rows).extracting(row -> row.get("kommun")).containsExactly("2309", "2321", "2380");
        Map<String, Object> byKommun = new HashMap<>();
        rows.forEach(row -> byKommun.put(row.get("kommun").toString(), row.get("count")));
        assertThat(byKommun.get("2321")).isEqualTo("<5");
        // One hidden cell and a published total would give it away: a second cell is hidden too, shown as ".."
        // because "<5" would be false for it.
        assertThat(rows.stream().filter(row -> row.get("count") instanceof String).count()).isGreaterThanOrEqualTo(2);
        assertThat(byKommun.get("2309")).isEqualTo("..");
        assertThat(byKommun.get("2380")).isEqualTo(9);
        assertThat(report.toString()).doesNotContain("=1,").doesNotContain("=1}");
    }

    @Test
    void a_redelivered_event_is_counted_once() throws Exception {
        ActivityEvent event = contact("cmv-informationssamtal", "cmv", "2313", LocalDate.of(2025, 8, 14));
        long before = counts.totalEvents();

        publish(event);
        publish(event);
        ActivityEvent marker = contact("cmv-informationssamtal", "cmv", "2313", LocalDate.of(2025, 8, 15));
        publish(marker);

        await().atMost(Duration.ofSeconds(20)).until(() -> counts.timesProcessed(marker.id()) == 1);
        assertThat(counts.totalEvents()).isEqualTo(before + 2);
    }

    @Test
    void an_event_counted_before_its_offset_was_committed_is_not_counted_again() throws Exception {
        // As if the consumer died after the database commit and before the offset commit: the same event is
        // already in the database when it is delivered (again).
        ActivityEvent event = contact("cmv-informationssamtal", "cmv", "2326", LocalDate.of(2025, 8, 20));
        counting.count(List.of(event));
        long before = counts.totalEvents();

        publish(event);
        ActivityEvent marker = contact("cmv-informationssamtal", "cmv", "2326", LocalDate.of(2025, 8, 21));
        publish(marker);

        await().atMost(Duration.ofSeconds(20)).until(() -> counts.timesProcessed(marker.id()) == 1);
        assertThat(counts.totalEvents()).isEqualTo(before + 1);
    }

    @Test
    void an_unreadable_or_invalid_message_goes_to_the_dead_letter_topic_and_does_not_block_the_partition()
            throws Exception {
        String key = "cmv:cmv-kast";
        producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, key, "this is not json")).get();
        String invalid = json.writeValueAsString(contact("cmv-kast", "cmv", "2380", LocalDate.of(2025, 9, 1)))
                .replace("\"ageBand\":\"30-49\"", "\"ageBand\":\"34\"");
        producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, key, invalid)).get();
        ActivityEvent after = ActivityEvent.of(ActivityKind.CASE_STARTED, "cmv", "cmv-kast", "DEIDENTIFIED",
                LocalDate.of(2025, 9, 1), "30-49", "male", "2380", null, null, null, "2025-07-01", Instant.now());
        publish(after);

        await().atMost(Duration.ofSeconds(20)).until(() -> counts.timesProcessed(after.id()) == 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(
                TestInfrastructure.kafka().bootstrapServers(), "county.activity.v1.dlt",
                read -> read.stream().filter(r -> key.equals(r.key())).count() >= 2, Duration.ofSeconds(20));
        List<String> reasons = new ArrayList<>();
        dead.forEach(record -> reasons.add(new String(record.headers().lastHeader("dlt-reason").value())));
        assertThat(reasons).contains("invalid field ageBand").anyMatch(reason -> reason.startsWith("unreadable"));
        // Issue 11: a dead letter is stamped with the day, not the moment it was sent.
        assertThat(dead).filteredOn(record -> key.equals(record.key()))
                .allSatisfy(record -> assertThat(SwedishDay.isStartOfDay(Instant.ofEpochMilli(record.timestamp())))
                        .isTrue());
    }

    @Test
    void the_csv_is_for_excel_with_swedish_headers() {
        String csv = http.toBlocking().retrieve(asStatistician("/statistics.csv?from=2025-07&to=2025-12&groupBy=unit,kommun"));

        assertThat(csv).startsWith("\uFEFFEnhet;Kommun;Antal\r\n");
        assertThat(csv).contains("\r\nTotalt;;");
    }

    @Test
    void a_question_outside_the_aggregates_is_a_problem() {
        for (String query : List.of("groupBy=day", "groupBy=caseCode", "from=2025-13", "from=2025-12&to=2025-07",
                "insats=' OR 1=1 --")) {
            try {
                http.toBlocking().retrieve(asStatistician("/statistics?" + query.replace(" ", "%20")));
                throw new AssertionError("accepted: " + query);
            } catch (HttpClientResponseException e) {
                assertThat(e.getStatus().getCode()).as(query).isEqualTo(400);
            }
        }
    }

    /** statistics-parameters.yaml: the first month is the law's, not the earliest event's; the threshold is 5. */
    @Test
    void a_question_without_from_starts_in_the_month_socialtjanstlagen_took_effect_under_the_dated_threshold()
            throws Exception {
        Map<String, Object> report = statistics("groupBy=unit");

        assertThat(report).containsEntry("from", "2025-07").containsEntry("threshold", 5);
    }
}
