package se.jamtland.gateway;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.access.Roles;
import se.jamtland.events.ActivityEvent;
import se.jamtland.events.ActivityKind;
import se.jamtland.runtime.trace.TraceContext;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway end to end against the real services behind it ({@link GatewayUpstreams}): the catalog and the villkor
 * decisions proxied, a remiss with identity to an insats without documented identity refused with the unit's contact
 * route and nothing stored, a kommun's statistics its own only, who may use it at all, a unit that is down, and the
 * trace context on its way.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayIT implements TestPropertyProvider {

    static final String ADVISORY_REMISS = "{\"insats\":\"minimaria-radgivande-samtal\",\"person\":{\"identityNumber\":\""
            + Canaries.PERSONNUMMER + "\",\"givenName\":\"" + Canaries.GIVEN_NAME + "\",\"familyName\":\""
            + Canaries.FAMILY_NAME + "\",\"phone\":\"" + Canaries.PHONE + "\"},\"consentToReferral\":true,"
            + "\"referrer\":{\"name\":\"Socialsekreterare Test\"}}";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    EmbeddedServer server;

    private final java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = GatewayUpstreams.gatewayProperties();
        // Dozens of requests in a row are this test's nature; GatewayRateLimitIT tests the limit itself.
        properties.put("rate-limits.case-systems.burst", "100000");
        return properties;
    }

    private Api as(String token) {
        return new Api(http, json, token);
    }

    @Test
    void the_catalog_comes_from_eligibility_service_with_each_units_contact_route() {
        Api.Answer answer = as(TestIdp.caseSystem("2380")).get("/api/v1/catalog?onDate=2025-09-15");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("version")).isEqualTo("2025-07-01");
        assertThat(answer.list("insatser")).extracting(insats -> insats.get("id")).contains("minimaria-a-cra");
        assertThat(answer.list("units")).extracting(unit -> unit.get("id"))
                .containsExactlyInAnyOrder("cmv", "minimaria", "familjeradgivning", "barnahus");
    }

    @Test
    void an_eligibility_check_is_eligibility_services_decision() {
        Api.Answer answer = as(TestIdp.caseSystem("2380")).post("/api/v1/eligibility-checks",
                "{\"insats\":\"minimaria-a-cra\",\"age\":30}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("insats")).isEqualTo("minimaria-a-cra");
        assertThat(answer.body()).contains("INDIVIDUAL");
    }

    @Test
    void a_remiss_with_identity_to_an_advisory_insats_is_refused_with_the_units_contact_route_and_nothing_is_stored() {
        List<String> before = GatewayUpstreams.minimariaDatabase().everyValue();

        Api.Answer answer = as(TestIdp.caseSystem("2380")).withHeader("Idempotency-Key", "advisory-1")
                .post("/api/v1/remisser", ADVISORY_REMISS);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("type")).endsWith(":remiss-needs-individual-insats");
        assertThat(answer.text("detail")).contains("utan dokumenterad identitet", "tar själv kontakt",
                "Kontakta Mini-Maria Jämtland Härjedalen direkt");
        assertThat(answer.map("unit")).containsEntry("id", "minimaria");
        assertThat(answer.body()).contains("att fastställa");
        assertThat(Canaries.findIn(answer.body())).isEmpty();
        List<String> after = GatewayUpstreams.minimariaDatabase().everyValue();
        // Other tests of this JVM store remisser with other identities there; this one's personnummer is nowhere.
        assertThat(after).isEqualTo(before).noneMatch(value -> value.contains(Canaries.PERSONNUMMER)
                || value.contains(Canaries.PERSONNUMMER.replace("-", "")));
    }

    @Test
    void a_remiss_without_idempotency_key_or_without_consent_is_refused_before_anything_leaves_the_gateway() {
        Api.Answer withoutKey = as(TestIdp.caseSystem("2380")).post("/api/v1/remisser",
                ADVISORY_REMISS.replace("minimaria-radgivande-samtal", "minimaria-a-cra"));
        Api.Answer withoutConsent = as(TestIdp.caseSystem("2380")).withHeader("Idempotency-Key", "no-consent")
                .post("/api/v1/remisser", ADVISORY_REMISS.replace("minimaria-radgivande-samtal", "minimaria-a-cra")
                        .replace("\"consentToReferral\":true", "\"consentToReferral\":false"));
        Api.Answer badKey = as(TestIdp.caseSystem("2380")).withHeader("Idempotency-Key", "ett nyckel/med snedstreck")
                .post("/api/v1/remisser", ADVISORY_REMISS.replace("minimaria-radgivande-samtal", "minimaria-a-cra"));

        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutConsent.status()).isEqualTo(422);
        assertThat(withoutConsent.text("type")).endsWith(":remiss-needs-consent");
        assertThat(withoutConsent.body()).contains("#/consentToReferral");
        assertThat(badKey.status()).isEqualTo(400);
        for (Api.Answer answer : List.of(withoutKey, withoutConsent, badKey)) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(Canaries.findIn(answer.body())).isEmpty();
            assertThat(answer.body()).doesNotContain("snedstreck");
        }
    }

    @Test
    void a_staff_token_a_statisticians_a_suite_services_or_a_case_system_without_kommun_gets_403_and_none_401() {
        Map<String, String> forbidden = Map.of(
                "staff", TestIdp.staff("minimaria"),
                "manager", TestIdp.manager("minimaria"),
                "statistician", TestIdp.statistician(),
                "suite service", TestIdp.token("minimaria-service", "minimaria", Roles.SUITE_SERVICE),
                "case system without kommun", TestIdp.token("case-system-x", "minimaria", Roles.CASE_SYSTEM));
        for (String path : List.of("/api/v1/catalog", "/api/v1/aktualiseringar", "/api/v1/statistics",
                "/api/v1/remisser/minimaria-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e")) {
            forbidden.forEach((who, token) -> assertThat(as(token).get(path).status()).as(who + " " + path)
                    .isEqualTo(403));
            Api.Answer anonymous = as(null).get(path);
            assertThat(anonymous.status()).as("no token " + path).isEqualTo(401);
            assertThat(anonymous.challenge()).startsWith("Bearer");
        }
    }

    @Test
    void a_unit_that_is_down_is_a_503_problem_in_swedish_with_retry_after_never_a_500() throws Exception {
        HttpResponse<String> answer = get("/api/v1/remisser/cmv-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e",
                TestIdp.caseSystem("2380"), Map.of());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("upstream-unavailable", "Centrum mot våld kan inte nås just nu")
                .doesNotContain("3f1c2b4d");
    }

    @Test
    void a_malformed_or_unknown_remiss_id_is_the_same_404_and_is_never_echoed() {
        for (String id : List.of("19121212-1212", "okand-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e", "minimaria-x")) {
            Api.Answer answer = as(TestIdp.caseSystem("2380")).get("/api/v1/remisser/" + id);

            assertThat(answer.status()).as(id).isEqualTo(404);
            assertThat(answer.text("type")).endsWith(":remiss-not-found");
            assertThat(answer.body()).doesNotContain(id);
        }
    }

    @Test
    void aktualiseringar_come_from_the_units_that_answer_and_name_those_that_could_not() {
        Api.Answer answer = as(TestIdp.caseSystem("2380")).get("/api/v1/aktualiseringar");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("unreachableUnits")).asList().contains("cmv", "barnahus")
                .doesNotContain("familjeradgivning");
        assertThat(answer.json().get("aktualiseringar")).asList().isNotNull();
    }

    @Test
    void a_callers_trace_id_is_kept_returned_and_passed_upstream_with_the_callers_own_token() throws Exception {
        String token = TestIdp.caseSystem("2380");
        String sent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        GatewayUpstreams.RECEIVED_BY_FAMILJERADGIVNING.clear();

        HttpResponse<String> answer = get("/api/v1/aktualiseringar", token, Map.of(TraceContext.HEADER, sent));

        TraceContext returned = TraceContext.parse(answer.headers().firstValue(TraceContext.HEADER).orElse(""))
                .orElseThrow();
        assertThat(returned.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(returned.spanId()).isNotEqualTo("00f067aa0ba902b7");
        assertThat(GatewayUpstreams.RECEIVED_BY_FAMILJERADGIVNING).singleElement().satisfies(upstream -> {
            assertThat(upstream.get(":path")).isEqualTo("/case-system/aktualiseringar");
            assertThat(upstream.get("authorization")).isEqualTo("Bearer " + token);
            TraceContext passed = TraceContext.parse(upstream.get("traceparent")).orElseThrow();
            assertThat(passed.traceId()).isEqualTo(returned.traceId());
            assertThat(passed.spanId()).isNotEqualTo(returned.spanId()).isNotEqualTo("00f067aa0ba902b7");
        });
    }

    @Test
    void the_gateways_log_lines_carry_the_trace_id_and_never_the_query_string_or_the_token() throws Exception {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(se.jamtland.gateway.upstream.Forwarding.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
                new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        String token = TestIdp.caseSystem("2380");
        try {
            get("/api/v1/statistics?groupBy=kommun&insats=minimaria-a-cra", token,
                    Map.of(TraceContext.HEADER, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        } finally {
            logger.detachAppender(lines);
        }

        assertThat(lines.list).isNotEmpty().allSatisfy(line -> {
            assertThat(line.getMDCPropertyMap()).containsEntry(TraceContext.MDC_KEY,
                    "0af7651916cd43dd8448eb211c80319c");
            assertThat(line.getFormattedMessage()).contains("/api/v1/statistics")
                    .doesNotContain("groupBy", "minimaria-a-cra", token, "2380");
        });
    }

    @Test
    void a_malformed_traceparent_is_replaced_by_a_new_trace_and_every_answer_carries_one() throws Exception {
        HttpResponse<String> malformed = get("/api/v1/catalog", TestIdp.caseSystem("2380"),
                Map.of(TraceContext.HEADER, "00-NOT-A-TRACE-01"));
        HttpResponse<String> refused = get("/api/v1/catalog", null, Map.of());

        assertThat(TraceContext.parse(malformed.headers().firstValue(TraceContext.HEADER).orElse(""))).isPresent();
        assertThat(TraceContext.parse(refused.headers().firstValue(TraceContext.HEADER).orElse(""))).isPresent();
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void a_body_over_the_cap_is_a_413_problem() {
        String huge = "{\"insats\":\"minimaria-a-cra\",\"message\":\"" + "x".repeat(40_000) + "\"}";

        Api.Answer answer = as(TestIdp.caseSystem("2380")).withHeader("Idempotency-Key", "huge")
                .post("/api/v1/remisser", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_kommun_sees_its_own_statistics_only_and_another_kommun_is_403() throws Exception {
        publish(List.of(contact("2380"), contact("2380"), contact("2380"), contact("2380"), contact("2380"),
                contact("2380"), contact("2309"), contact("2309"), contact("2309"), contact("2309"), contact("2309"),
                contact("2309"), contact("2309")));
        String query = "/api/v1/statistics?from=2025-09&to=2025-09&unit=minimaria&groupBy=kommun";

        Api.Answer own = as(TestIdp.caseSystem("2380")).get(query);
        Api.Answer other = as(TestIdp.caseSystem("2380")).get(query + "&kommun=2309");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.list("rows")).isNotEmpty().allSatisfy(row -> assertThat(row.get("kommun")).isEqualTo("2380"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body()).doesNotContain("2309");
    }

    private boolean countedBoth() {
        return GatewayUpstreams.statisticsDatabase().count("processed_event") >= 13;
    }

    private static ActivityEvent contact(String kommun) {
        return ActivityEvent.of(ActivityKind.ADVISORY_CONTACT, "minimaria", "minimaria-radgivande-samtal", "ADVISORY",
                LocalDate.of(2025, 9, 10), "22-29", "female", kommun, "PHONE", null, null, "2025-07-01",
                Instant.now());
    }

    private void publish(List<ActivityEvent> events) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (ActivityEvent event : events) {
                producer.send(new ProducerRecord<>(ActivityEvent.TOPIC, event.key(), json.writeValueAsString(event)));
            }
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(60)).until(this::countedBoth);
    }

    private HttpResponse<String> get(String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return plain.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
