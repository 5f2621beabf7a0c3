package se.jamtland.unit.outbox;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.SwedishDay;
import se.jamtland.runtime.trace.TraceContext;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TopicReader;
import se.jamtland.unit.testing.CapturedLogs;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox and its relay against a real MariaDB and a real Kafka broker. */
@MicronautTest(environments = "unit", transactional = false)
class OutboxRelayIT extends UnitServiceTestBase {

    @Inject
    JsonMapper json;

    OutboxRelayIT() {
        super("minimaria", "unit_core_outbox");
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers(),
                "outbox.relay.interval", "50ms");
    }

    @Test
    void every_counted_change_is_published_once_with_its_event_id_and_marked_sent() {
        long before = ((Number) db.rows("SELECT COALESCE(MAX(id), 0) AS m FROM outbox").get(0).get("m")).longValue();
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","startDate":"2025-09-01","age":19,"gender":"female",
                 "kommun":"2309"}""").text("caseCode");
        api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-08\",\"channel\":\"VISIT\"}");
        api.post("/cases/" + caseCode + "/closure", "{\"date\":\"2025-09-30\",\"reason\":\"COMPLETED\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> pendingRows() == 0);
        Set<String> eventIds = db.rows("SELECT event_id FROM outbox WHERE id > ?", before).stream()
                .map(row -> row.get("event_id").toString()).collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(
                TestInfrastructure.kafka().bootstrapServers(), ActivityEvent.TOPIC,
                read -> read.stream().map(ConsumerRecord::value).filter(value -> eventIds.stream().anyMatch(value::contains))
                        .count() >= eventIds.size(), Duration.ofSeconds(20));

        List<String> ours = records.stream().map(ConsumerRecord::value)
                .filter(value -> eventIds.stream().anyMatch(value::contains)).toList();
        assertThat(ours).hasSize(eventIds.size());
        assertThat(ours).anyMatch(value -> value.contains("\"kind\":\"CASE_STARTED\""))
                .anyMatch(value -> value.contains("\"kind\":\"SESSION_HELD\""))
                .anyMatch(value -> value.contains("\"kind\":\"CASE_CLOSED\"") && value.contains("\"closureReason\":\"COMPLETED\""));
        assertThat(records).filteredOn(record -> eventIds.stream().anyMatch(record.value()::contains))
                .allSatisfy(record -> assertThat(record.key()).isEqualTo("minimaria:minimaria-aterfallsprevention"));
    }

    @Test
    void no_name_identity_number_phone_email_or_case_code_reaches_the_topic_or_the_log() {
        List<String> caseCodes;
        try (CapturedLogs logs = new CapturedLogs()) {
            Api.Answer individual = api.post("/cases", """
                    {"insats":"minimaria-a-cra","startDate":"2025-09-01","age":17,"gender":"male","kommun":"2380",
                     "person":{"identityNumber":"%s","givenName":"%s","familyName":"%s","phone":"%s",
                               "email":"%s","address":"%s"}}"""
                    .formatted(Canaries.personnummer(17, "MALE", 0), Canaries.GIVEN_NAME, Canaries.FAMILY_NAME,
                            Canaries.PHONE,
                            Canaries.EMAIL, Canaries.ADDRESS));
            Api.Answer deidentified = api.post("/cases", """
                    {"insats":"minimaria-aterfallsprevention","startDate":"2025-09-01","age":20}""");
            caseCodes = List.of(individual.text("caseCode"), deidentified.text("caseCode"));
            for (String caseCode : caseCodes) {
                api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-02\"}");
            }
            api.post("/cases/" + caseCodes.get(0) + "/journal",
                    "{\"text\":\"Samtal med " + Canaries.FAMILY_NAME + ".\"}");
            await().atMost(Duration.ofSeconds(20)).until(() -> pendingRows() == 0);

            assertThat(logs.lines()).noneMatch(line -> containsAnyCanary(line, caseCodes));
        }
        long published = db.count("outbox");
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(
                TestInfrastructure.kafka().bootstrapServers(), ActivityEvent.TOPIC, read -> read.size() >= published,
                Duration.ofSeconds(20));

        assertThat(records).hasSizeGreaterThanOrEqualTo((int) published);
        assertThat(records).noneMatch(record -> containsAnyCanary(record.value(), caseCodes)
                || containsAnyCanary(String.valueOf(record.key()), caseCodes));
        assertThat(db.rows("SELECT payload FROM outbox")).noneMatch(row -> containsAnyCanary(row.get("payload").toString(),
                caseCodes));
    }

    /** Issue 11: what leaves the unit carries the day and nothing finer, in the event and in the Kafka record. */
    @Test
    void a_published_event_and_its_record_carry_the_day_of_publication_and_no_finer_time() throws Exception {
        Instant dayBefore = SwedishDay.startOf(Instant.now());
        long before = ((Number) db.rows("SELECT COALESCE(MAX(id), 0) AS m FROM outbox").get(0).get("m")).longValue();
        api.post("/advisory-contacts", """
                {"insats":"minimaria-radgivande-samtal","date":"2025-09-03","channel":"CHAT","askedBy":"RELATIVE",
                 "ageBand":"15-17"}""");
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-aterfallsprevention","startDate":"2025-09-01","age":19}""").text("caseCode");
        api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-08\",\"channel\":\"VISIT\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingRows() == 0);
        Instant dayAfter = SwedishDay.startOf(Instant.now());
        List<Map<String, Object>> rows = db.rows("SELECT event_id, payload, traceparent FROM outbox WHERE id > ?",
                before);
        Set<String> eventIds = rows.stream().map(row -> row.get("event_id").toString()).collect(Collectors.toSet());

        List<ConsumerRecord<String, String>> ours = ofEvents(TopicReader.readUntil(
                TestInfrastructure.kafka().bootstrapServers(), ActivityEvent.TOPIC,
                read -> ofEvents(read, eventIds).size() >= eventIds.size(), Duration.ofSeconds(20)), eventIds);

        assertThat(ours).hasSize(3);
        for (ConsumerRecord<String, String> record : ours) {
            Instant stamp = Instant.ofEpochMilli(record.timestamp());
            assertThat(record.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
            assertThat(SwedishDay.isStartOfDay(stamp)).as("record timestamp %s is a day's start", stamp).isTrue();
            assertThat(stamp).isBetween(dayBefore, dayAfter);
            // Was "no headers": issue 16 §2 adds one, the writing request's traceparent (ids and flags only).
            assertThat(record.headers().toArray()).extracting(Header::key).containsExactly(TraceContext.HEADER);
            String traceparent = new String(record.headers().lastHeader(TraceContext.HEADER).value(),
                    StandardCharsets.US_ASCII);
            assertThat(TraceContext.parse(traceparent)).isPresent();
            assertThat(rows).extracting(row -> row.get("traceparent")).contains(traceparent);
            assertOnlyDays(record.value(), dayBefore, dayAfter);
        }
        for (Map<String, Object> row : rows) {
            assertOnlyDays(row.get("payload").toString(), dayBefore, dayAfter);
        }
    }

    /** The event's {@code time} is the start of the day it was published; no other field holds a time of day. */
    private void assertOnlyDays(String eventJson, Instant dayBefore, Instant dayAfter) throws Exception {
        Map<String, Object> fields = json.readValue(eventJson, Argument.mapOf(String.class, Object.class));
        Instant time = Instant.parse(fields.get("time").toString());
        assertThat(SwedishDay.isStartOfDay(time)).as("time %s is a day's start", time).isTrue();
        assertThat(time).isBetween(dayBefore, dayAfter);
        fields.forEach((name, value) -> {
            if (!name.equals("time")) {
                assertThat(String.valueOf(value)).as(name).doesNotContainPattern("\\d:\\d\\d|T\\d");
            }
        });
    }

    private static List<ConsumerRecord<String, String>> ofEvents(List<ConsumerRecord<String, String>> records,
                                                                 Set<String> eventIds) {
        return records.stream().filter(record -> eventIds.stream().anyMatch(record.value()::contains)).toList();
    }

    private long pendingRows() {
        return ((Number) db.rows("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL").get(0).get("n")).longValue();
    }

    private static boolean containsAnyCanary(String text, List<String> caseCodes) {
        // The birth date alone is too short a string for the log scan's canaries, but not for one event.
        return Canaries.findIn(text).isPresent() || text.contains("121212")
                || caseCodes.stream().anyMatch(text::contains);
    }
}
