package se.jamtland.unit.metrics;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.jamtland.runtime.metrics.SuiteMeters;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.PrometheusScrape;
import se.jamtland.unit.UnitApplication;
import se.jamtland.unit.audit.ChainVerification;
import se.jamtland.unit.audit.ChainWatch;
import se.jamtland.unit.gallring.application.RunningGallring;
import se.jamtland.unit.testing.UnitServiceTestBase;
import se.jamtland.unit.testing.UnitTestProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16 §2 on a unit: /prometheus shows the outbox backlog while the relay cannot reach Kafka and 0 once another
 * instance relayed it, every suite meter a unit has, and no label with a case code, a kommun, a name or anything
 * else a person sent. Locally (the test environment) the endpoints are on the service's port.
 */
@MicronautTest(environments = "unit", transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitMetricsIT extends UnitServiceTestBase {

    private static final String UNIT = "unit=\"minimaria\"";

    @Inject
    ChainWatch chainWatch;

    @Inject
    RunningGallring gallring;

    /** Case codes and identity numbers sent: no label may carry one. */
    private final List<String> sent = new ArrayList<>();
    private int people;

    UnitMetricsIT() {
        super("minimaria", "unit_core_metrics");
    }

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>();
        // The relay runs but reaches no broker: the events wait in the outbox.
        properties.put("kafka.bootstrap.servers", UnitTestProperties.nowhere().replace("http://", ""));
        properties.put("outbox.relay.interval", "50ms");
        properties.put("outbox.backlog.refresh", "200ms");
        properties.put("gallring.schedule.enabled", "false");
        // A limit of its own, on a path nothing else here asks, to see one refusal counted by the limit's name.
        properties.put("rate-limits.metrics-probe.methods", "GET");
        properties.put("rate-limits.metrics-probe.paths", "/health");
        properties.put("rate-limits.metrics-probe.per-second", "1");
        properties.put("rate-limits.metrics-probe.burst", "1");
        return properties;
    }

    @Test
    @Order(1)
    void the_backlog_gauges_show_the_waiting_events_and_their_age_and_fall_to_zero_once_relayed() {
        for (int i = 0; i < 3; i++) {
            String caseCode = api.post("/cases", """
                    {"insats":"minimaria-aterfallsprevention","startDate":"2025-09-01","age":19,"kommun":"2361"}""").text("caseCode");
            sent.add(caseCode);
            assertThat(api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-02\"}").status())
                    .isEqualTo(201);
        }
        long waiting = pendingRows();
        assertThat(waiting).isEqualTo(6);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            assertThat(scrape.value("suite_outbox_pending", UNIT)).hasValue(waiting);
            assertThat(scrape.value("suite_outbox_oldest_pending_age_seconds", UNIT).orElseThrow()).isGreaterThan(0);
        });

        Map<String, Object> relay = new HashMap<>(getProperties());
        relay.put("kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
        try (ApplicationContext ignored = ApplicationContext.run(relay, UnitApplication.ENVIRONMENT)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> pendingRows() == 0);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            assertThat(scrape.value("suite_outbox_pending", UNIT)).hasValue(0);
            assertThat(scrape.value("suite_outbox_oldest_pending_age_seconds", UNIT)).hasValue(0);
        });
    }

    @Test
    @Order(2)
    void every_suite_meter_of_a_unit_is_on_the_scrape_with_jvm_hikari_http_and_kafka_client_meters() {
        // Reads of an individual case are logged: a few hundred rows give the chain check's cost per row.
        String individual = individualCase();
        for (int i = 0; i < 300; i++) {
            assertThat(api.get("/cases/" + individual).status()).isEqualTo(200);
        }
        long started = System.nanoTime();
        ChainVerification chain = chainWatch.check();
        long chainCheckMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertThat(chain.intact()).isTrue();
        assertThat(chain.rowsChecked()).isGreaterThanOrEqualTo(300);
        assertThat(gallring.run()).isEqualTo(RunningGallring.Result.RAN);
        assertThat(api.as(null).get("/health").status()).isEqualTo(200);
        assertThat(api.as(null).get("/health").status()).as("the probe limit's second request").isEqualTo(429);

        PrometheusScrape scrape = scrape();
        assertThat(List.of("suite_outbox_pending", "suite_outbox_oldest_pending_age_seconds",
                "suite_outbox_relayed_total", "suite_audit_chain_broken", "suite_audit_chain_last_check_timestamp_seconds",
                "suite_gallring_runs_total", "suite_gallring_last_success_timestamp_seconds",
                "suite_gallring_records_deleted_total", "suite_rate_limit_refusals_total"))
                .allSatisfy(name -> assertThat(scrape.has(name)).as(name).isTrue())
                .allSatisfy(name -> assertThat(SuiteMeters.PROMETHEUS_NAMES).contains(name));
        assertThat(scrape.value("suite_audit_chain_broken", "")).hasValue(0);
        assertThat(scrape.value("suite_gallring_runs_total", "outcome=\"succeeded\"")).hasValue(1);
        assertThat(scrape.value("suite_gallring_last_success_timestamp_seconds", "").orElseThrow())
                .isGreaterThan(0);
        assertThat(scrape.value("suite_rate_limit_refusals_total", "limit=\"metrics-probe\"")).hasValue(1);
        assertThat(List.of("jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds_count",
                "kafka_producer_record_send_total"))
                .allSatisfy(name -> assertThat(scrape.has(name)).as(name).isTrue());
        assertThat(scrape.text()).contains("client_id=\"outbox-minimaria\"");
        long scrapeStarted = System.nanoTime();
        scrape();
        System.out.printf("metrics figures: scrape %d bytes in %d ms; access log chain check of %d rows %d ms%n",
                scrape.text().length(), Duration.ofNanos(System.nanoTime() - scrapeStarted).toMillis(),
                chain.rowsChecked(), chainCheckMs);
    }

    @Test
    @Order(3)
    void no_label_carries_a_case_code_a_kommun_a_name_or_a_path_as_sent() {
        String caseCode = individualCase();
        api.get("/cases/" + caseCode);
        api.post("/cases/" + caseCode + "/journal", "{\"text\":\"Samtal med " + Canaries.FAMILY_NAME + ".\"}");
        // No route: 404 and 405 with values in the path, a refused token, a body too large.
        api.get("/cases/" + caseCode + "/" + Canaries.FAMILY_NAME);
        api.get("/" + caseCode);
        api.call("DELETE", "/cases/" + caseCode, null);
        api.as(null).get("/cases/" + caseCode);
        api.post("/cases/" + caseCode + "/journal", "{\"text\":\"" + "x".repeat(70_000) + "\"}");

        PrometheusScrape scrape = scrape();
        List<String> forbidden = new ArrayList<>(sent);
        forbidden.addAll(List.of("2380", "2361", Canaries.GIVEN_NAME, Canaries.FAMILY_NAME, Canaries.PHONE,
                Canaries.EMAIL));
        assertThat(scrape.labelValues()).isNotEmpty()
                .allSatisfy(value -> assertThat(forbidden).noneMatch(value::contains));
        assertThat(scrape.labelValues()).contains("/cases/{caseCode}");
    }

    /** A case with a person (access-logged), with the canaries' name, numbers and address; a new person each time. */
    private String individualCase() {
        String identityNumber = Canaries.personnummer(17, "MALE", ++people);
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-09-01","age":17,"gender":"male","kommun":"2380",
                 "person":{"identityNumber":"%s","givenName":"%s","familyName":"%s","phone":"%s","email":"%s",
                           "address":"%s"}}""".formatted(identityNumber, Canaries.GIVEN_NAME, Canaries.FAMILY_NAME,
                Canaries.PHONE, Canaries.EMAIL, Canaries.ADDRESS)).text("caseCode");
        assertThat(caseCode).isNotBlank();
        sent.add(caseCode);
        sent.add(identityNumber);
        return caseCode;
    }

    private long pendingRows() {
        return ((Number) db.rows("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL").get(0).get("n")).longValue();
    }

    private PrometheusScrape scrape() {
        return new PrometheusScrape(http.toBlocking().retrieve(HttpRequest.GET("/prometheus"), String.class));
    }
}
