package se.jamtland.gateway;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import io.micronaut.json.JsonMapper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.runtime.trace.TraceContext;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Database;
import se.jamtland.testsupport.TestIdp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's flows end to end through the gateway into the real minimaria-service (its own JVM and database): a
 * remiss to A-CRA lands in the Mini-Maria inbox and becomes a case when staff accept it, each step access-logged;
 * a retry with the same key creates nothing twice; an aktualisering registered at the unit is fetched once by its
 * kommun and never by another; another kommun cannot see a remiss; the unit logs a remiss under the trace id the
 * case system sent the gateway (issue 12, 3).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemissFlowIT implements TestPropertyProvider {

    private static final String OSTERSUND = "2380";
    private static final String BRACKE = "2305";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = GatewayUpstreams.gatewayProperties();
        properties.put("rate-limits.case-systems.burst", "100000");
        return properties;
    }

    /** A remiss to A-CRA for this person (canary names and phone); TracingAcrossServicesIT sends one too. */
    static String remiss(String identityNumber, String message) {
        return "{\"insats\":\"minimaria-a-cra\",\"person\":{\"identityNumber\":\"" + identityNumber + "\","
                + "\"givenName\":\"" + Canaries.GIVEN_NAME + "\",\"familyName\":\"" + Canaries.FAMILY_NAME + "\","
                + "\"phone\":\"" + Canaries.PHONE + "\"},\"consentToReferral\":true,\"referrer\":{\"name\":"
                + "\"Socialsekreterare Test\",\"phone\":\"063-00 00 00\"},\"message\":\"" + message + "\"}";
    }

    @Test
    void a_remiss_to_a_cra_lands_in_the_mini_maria_inbox_and_becomes_a_case_when_accepted_each_step_logged()
            throws Exception {
        Database db = GatewayUpstreams.minimariaDatabase();
        HttpResponse<String> sent = viaGateway("POST", "/api/v1/remisser", TestIdp.caseSystem(OSTERSUND),
                remiss(Canaries.personnummer(19, "FEMALE", 3), "Vill ha kontakt snart."), "flow-" + UUID.randomUUID());

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        Map<String, Object> receipt = read(sent.body());
        String id = (String) receipt.get("id");
        assertThat(id).startsWith("minimaria-");
        assertThat(receipt).containsEntry("status", "RECEIVED").containsEntry("insats", "minimaria-a-cra");
        assertThat(sent.headers().firstValue("Location")).hasValue("/api/v1/remisser/" + id);
        assertThat(db.count("remiss WHERE id = '" + id + "'")).isEqualTo(1);

        HttpResponse<String> accepted = atTheUnit("POST", "/remisser/" + id + "/acceptance",
                "{\"startDate\":\"2025-09-15\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        String caseCode = (String) read(accepted.body()).get("caseCode");

        HttpResponse<String> status = viaGateway("GET", "/api/v1/remisser/" + id, TestIdp.caseSystem(OSTERSUND),
                null, null);
        assertThat(read(status.body())).containsEntry("status", "ACCEPTED").doesNotContainKey("person");
        assertThat(Canaries.findIn(status.body())).isEmpty();
        assertThat(auditRows(id, "CREATE")).as("the case system's writing of the remiss").isEqualTo(1);
        assertThat(auditRows(id, "ACCEPT")).isEqualTo(1);
        assertThat(auditRows(caseCode, "CREATE")).as("the case opened through intake").isEqualTo(1);
    }

    @Test
    void a_retry_with_the_same_key_and_body_answers_the_first_answer_again_and_stores_nothing_twice()
            throws Exception {
        Database db = GatewayUpstreams.minimariaDatabase();
        String key = "retry-" + UUID.randomUUID();
        String body = remiss(Canaries.personnummer(20, "MALE", 6), "Första försöket.");

        HttpResponse<String> first = viaGateway("POST", "/api/v1/remisser", TestIdp.caseSystem(OSTERSUND), body, key);
        long stored = db.count("remiss");
        HttpResponse<String> again = viaGateway("POST", "/api/v1/remisser", TestIdp.caseSystem(OSTERSUND), body, key);
        HttpResponse<String> otherBody = viaGateway("POST", "/api/v1/remisser", TestIdp.caseSystem(OSTERSUND),
                body.replace("Första försöket.", "Ett annat meddelande."), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(read(again.body())).isEqualTo(read(first.body()));
        assertThat(again.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(otherBody.statusCode()).isEqualTo(409);
        assertThat(otherBody.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(db.count("remiss")).isEqualTo(stored);
    }

    @Test
    void another_kommun_cannot_see_a_remiss_it_is_the_same_404_as_none() throws Exception {
        HttpResponse<String> sent = viaGateway("POST", "/api/v1/remisser", TestIdp.caseSystem(OSTERSUND),
                remiss(Canaries.personnummer(18, "FEMALE", 7), "Kontakt per telefon."), "own-" + UUID.randomUUID());
        String id = (String) read(sent.body()).get("id");

        HttpResponse<String> other = viaGateway("GET", "/api/v1/remisser/" + id, TestIdp.caseSystem("2309"), null,
                null);
        HttpResponse<String> none = viaGateway("GET", "/api/v1/remisser/minimaria-" + UUID.randomUUID(),
                TestIdp.caseSystem("2309"), null, null);

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(read(other.body()).get("type")).isEqualTo(read(none.body()).get("type"));
        assertThat(other.body()).doesNotContain(id);
    }

    @Test
    void an_aktualisering_registered_at_the_unit_is_fetched_once_by_its_kommun_and_never_by_another()
            throws Exception {
        String givenName = "Kim" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> registered = atTheUnit("POST", "/aktualiseringar", "{\"insats\":\"minimaria-a-cra\","
                + "\"kommun\":\"" + BRACKE + "\",\"unmetConditions\":[\"MIN_AGE\"],\"consentGiven\":true,"
                + "\"person\":{\"givenName\":\"" + givenName + "\",\"familyName\":\"Testsson\",\"phone\":"
                + "\"070-000 00 02\"},\"message\":\"Ring efter klockan tre.\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        HttpResponse<String> another = viaGateway("GET", "/api/v1/aktualiseringar", TestIdp.caseSystem(OSTERSUND),
                null, null);
        HttpResponse<String> own = viaGateway("GET", "/api/v1/aktualiseringar", TestIdp.caseSystem(BRACKE), null, null);
        HttpResponse<String> ownAgain = viaGateway("GET", "/api/v1/aktualiseringar", TestIdp.caseSystem(BRACKE), null,
                null);

        assertThat(another.body()).doesNotContain(givenName);
        assertThat(aktualiseringar(own)).filteredOn(item -> givenName.equals(((Map<?, ?>) item.get("person"))
                .get("givenName"))).singleElement().satisfies(item -> {
                    assertThat(item.get("insats")).isEqualTo("minimaria-a-cra");
                    assertThat(item.get("unmetConditions")).isEqualTo(List.of("MIN_AGE"));
                });
        assertThat(read(own.body()).get("unreachableUnits")).isEqualTo(List.of("cmv", "barnahus"));
        assertThat(ownAgain.body()).doesNotContain(givenName);
    }

    @Test
    void a_remiss_through_the_gateway_is_logged_by_the_unit_under_the_case_systems_trace_id() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        HttpResponse<String> sent = viaGateway("POST", "/api/v1/remisser", TestIdp.caseSystem(OSTERSUND),
                remiss(Canaries.personnummer(21, "FEMALE", 4), "Hör av er på eftermiddagen."),
                "trace-" + UUID.randomUUID(), Map.of(TraceContext.HEADER, "00-" + traceId + "-00f067aa0ba902b7-01"));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(TraceContext.parse(sent.headers().firstValue(TraceContext.HEADER).orElse("")))
                .hasValueSatisfying(returned -> assertThat(returned.traceId()).isEqualTo(traceId));
        // The unit's readable line (as devstack shows it) for the gateway's call: the same trace, by its first 8
        // hex digits, which a random trace id makes this request's alone.
        String unitsLine = "[" + traceId.substring(0, 8) + "] request POST /case-system/remisser -> 201 in ";
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Files.readAllLines(GatewayUpstreams.minimariaLog(), StandardCharsets.UTF_8))
                        .anySatisfy(line -> assertThat(line).contains("minimaria-service", unitsLine)));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> aktualiseringar(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(200);
        return (List<Map<String, Object>>) read(answer.body()).get("aktualiseringar");
    }

    private long auditRows(String record, String action) {
        return GatewayUpstreams.minimariaDatabase().count("audit_log WHERE case_code = '" + record
                + "' AND action = '" + action + "'");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String body) throws Exception {
        return json.readValue(body, Map.class);
    }

    private HttpResponse<String> viaGateway(String method, String path, String token, String body, String key)
            throws Exception {
        return viaGateway(method, path, token, body, key, Map.of());
    }

    private HttpResponse<String> viaGateway(String method, String path, String token, String body, String key,
                                            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> atTheUnit(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(GatewayUpstreams.minimariaUrl() + path))
                .header("Authorization", "Bearer " + TestIdp.staff("minimaria"))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
