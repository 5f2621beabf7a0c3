package se.jamtland.statistics;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.devstack.ChildService;
import se.jamtland.events.ActivityEvent;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.LogCanaryScan;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.ChildServices;
import se.jamtland.testsupport.Database;
import se.jamtland.testsupport.RealEligibilityService;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.testsupport.TopicReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People, not only events (issue 11), end to end with real processes: minimaria-service (its own JVM, database and
 * key for visitor codes) → outbox → relay → Kafka → this statistics-service → its database and its report. Two
 * visits with one code are one visitor and two contacts, another code another visitor, a visit without a code no
 * visitor; the code is found in no table of the unit, on no record of the topic and in no log.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorCountIT implements TestPropertyProvider {

    /** A month, insats and kommun of this test's own: other tests of the JVM share the topic. */
    private static final String MONTH = "2025-11";
    private static final String KOMMUN = "2303";
    private static final String INSATS = "minimaria-radgivande-samtal";

    @Inject
    JsonMapper json;

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private Database statistics;
    private Database unitDb;
    private Map<String, String> unitEnvironment;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = StatisticsTestProperties.forDatabase("statistics_visitors_e2e");
        statistics = Database.of(properties);
        DatabaseServer server = TestInfrastructure.mariaDb();
        String unitUrl = server.createDatabase("minimaria_visitors_e2e");
        unitDb = new Database(unitUrl, server.username(), server.password());
        // The unit as devstack starts it, with a key for visitor codes of this test's own.
        unitEnvironment = Map.of("DATASOURCES_DEFAULT_URL", unitUrl,
                "DATASOURCES_DEFAULT_USERNAME", server.username(), "DATASOURCES_DEFAULT_PASSWORD", server.password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafka().bootstrapServers(),
                "ELIGIBILITY_URL", RealEligibilityService.url(),
                "VISITOR_CODE_KEY", "dev-only-visitor-code-key-of-the-e2e-test");
        return properties;
    }

    @Test
    void two_visits_with_one_code_are_one_visitor_and_two_contacts_and_the_code_reaches_no_table_topic_or_log()
            throws Exception {
        try (ChildService minimaria = ChildServices.start("minimaria-service", unitEnvironment)) {
            contact(minimaria, "2025-11-03", Canaries.VISITOR_CODE);
            contact(minimaria, "2025-11-10", Canaries.VISITOR_CODE.replace("-", " "));
            contact(minimaria, "2025-11-10", "lingonsylt 42");
            contact(minimaria, "2025-11-12", null);
            long outboxEvents = unitDb.count("outbox");
            await().atMost(Duration.ofSeconds(60)).until(() -> countedOfTheUnitsOutbox() == outboxEvents);
        }

        Map<String, Object> counted = statistics.rows("SELECT SUM(events) AS contacts, SUM(first_visits) AS visitors"
                + " FROM activity_count WHERE unit = 'minimaria' AND insats = ? AND month = ? AND kommun = ?",
                INSATS, MONTH, KOMMUN).get(0);
        assertThat(((Number) counted.get("contacts")).longValue()).as("contacts").isEqualTo(4);
        assertThat(((Number) counted.get("visitors")).longValue()).as("visitors").isEqualTo(2);
        // Cell Key Method: the visitors of a cell have a key sum of their own (their first visits' record keys), so
        // the cell's visitors and events are perturbed independently and their difference is never exact.
        Map<String, Object> keys = statistics.rows("SELECT record_key_sum AS events_key, first_visit_key_sum AS"
                + " visitors_key FROM activity_count WHERE unit = 'minimaria' AND insats = ? AND month = ? AND kommun = ?",
                INSATS, MONTH, KOMMUN).get(0);
        assertThat(keys.get("visitors_key")).isNotEqualTo(0L).isNotEqualTo(keys.get("events_key"));

        List<ConsumerRecord<String, String>> onTheTopic = TopicReader.readUntil(
                TestInfrastructure.kafka().bootstrapServers(), ActivityEvent.TOPIC,
                read -> ours(read).size() >= 4, Duration.ofSeconds(20));
        assertThat(ours(onTheTopic).stream().map(record -> read(record.value()).firstVisit()).toList())
                .as("only the flag travels").containsExactly(true, false, true, null);
        assertThat(onTheTopic).noneMatch(record -> Canaries.findIn(record.value()).isPresent());
        assertThat(unitDb.everyValue()).noneMatch(value -> Canaries.findIn(value).isPresent());
        assertThat(statistics.everyValue()).noneMatch(value -> Canaries.findIn(value).isPresent());
        // The unit's log (beside this JVM's in target/test-logs) and this JVM's own, read now, not only after the run.
        assertThat(LogCanaryScan.scan(LogCanaryScan.logDirectory()).findings())
                .noneMatch(finding -> finding.canary().kind() == Canaries.Kind.VISITOR_CODE);
    }

    @Test
    void the_report_counts_visitors_when_asked_and_says_in_swedish_that_visits_without_a_code_are_not_in_it()
            throws Exception {
        HttpResponse<String> visitors = statistician("/statistics?measure=visitors&from=2025-11&to=2025-11"
                + "&unit=minimaria&groupBy=kommun");
        HttpResponse<String> events = statistician("/statistics?from=2025-11&to=2025-11&unit=minimaria&groupBy=kind");
        HttpResponse<String> csv = statistician("/statistics.csv?measure=visitors&from=2025-11&to=2025-11&groupBy=unit");

        assertThat(visitors.statusCode()).isEqualTo(200);
        Map<?, ?> report = json.readValue(visitors.body(), Map.class);
        assertThat(report.get("measure")).isEqualTo("visitors");
        assertThat(report.get("measureDescription").toString()).contains("första besöket", "utan besökskod");
        Map<?, ?> eventReport = json.readValue(events.body(), Map.class);
        assertThat(eventReport.get("measure")).isEqualTo("events");
        assertThat(eventReport.get("measureDescription").toString()).contains("CASE_STARTED räknar ärenden");
        assertThat(csv.body()).startsWith("\uFEFFEnhet;Antal besökare\r\n").contains("\r\nAnm.;").contains("utan besökskod");
    }

    @Test
    void visitors_are_counted_only_for_advisory_contacts_and_an_unknown_measure_is_a_problem() throws Exception {
        for (String query : List.of("measure=visitors&kind=CASE_STARTED", "measure=people", "measure=first_visits")) {
            HttpResponse<String> answer = statistician("/statistics?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(query).doesNotContain("people").doesNotContain("first_visits");
        }
    }

    private List<ConsumerRecord<String, String>> ours(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(record -> ("minimaria:" + INSATS).equals(record.key()))
                .filter(record -> record.value().contains("\"activityDate\":\"" + MONTH)
                        && record.value().contains("\"kommun\":\"" + KOMMUN + "\""))
                .toList();
    }

    private ActivityEvent read(String value) {
        try {
            return json.readValue(value, ActivityEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Events of the unit's outbox that the statistics database has counted (both databases share a server). */
    private long countedOfTheUnitsOutbox() {
        return ((Number) statistics.rows("SELECT COUNT(*) AS n FROM processed_event p"
                + " JOIN minimaria_visitors_e2e.outbox o ON o.event_id = p.event_id").get(0).get("n")).longValue();
    }

    private void contact(ChildService minimaria, String date, String visitorCode) throws Exception {
        String code = visitorCode == null ? "" : ",\"visitorCode\":\"" + visitorCode + "\"";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(minimaria.baseUrl()
                        + "/advisory-contacts"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestIdp.staff("minimaria"))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"insats":"%s","date":"%s","channel":"CHAT","askedBy":"SELF","kommun":"%s"%s}"""
                        .formatted(INSATS, date, KOMMUN, code))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> statistician(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Authorization", "Bearer " + TestIdp.statistician()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
