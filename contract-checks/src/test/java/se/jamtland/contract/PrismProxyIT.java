package se.jamtland.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.devstack.ChildService;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.LogCanaryScan;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.ChildServices;
import se.jamtland.testsupport.RealEligibilityService;
import se.jamtland.testsupport.TestIdp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working day at cmv-service through Prism's validating proxy, one proxy per document the service serves (the
 * units' shared one and cmv's own): an advisory contact, a case with a session and a note, the case read, listed and
 * closed, a group cycle with a session, and the 4xx answers a client meets (no token, another unit's token, an
 * unknown case, closing twice, a journal note on a de-identified case). Every answer must be what the document says,
 * in status, headers and body: Prism's violations fail the test (issue 12 §3). The service is started once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrismProxyIT {

    private static final Pattern CASE_CODE = Pattern.compile("\"caseCode\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> violations = new ArrayList<>();
    private ChildService cmv;
    private PrismProxy unitDocument;
    private PrismProxy cmvDocument;

    @BeforeAll
    void start_cmv_service_behind_a_proxy_for_each_of_its_documents() throws Exception {
        DatabaseServer server = TestInfrastructure.mariaDb();
        String url = server.createDatabase("cmv_prism_contract");
        cmv = ChildServices.start("cmv-service", Map.of(
                "DATASOURCES_DEFAULT_URL", url,
                "DATASOURCES_DEFAULT_USERNAME", server.username(),
                "DATASOURCES_DEFAULT_PASSWORD", server.password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafka().bootstrapServers(),
                "ELIGIBILITY_URL", RealEligibilityService.url()));
        unitDocument = PrismProxy.start(ServedDocuments.written("unit-service-1.yml"), cmv.baseUrl(),
                LogCanaryScan.logDirectory().resolve("prism-unit-service.log"));
        cmvDocument = PrismProxy.start(ServedDocuments.written("cmv-service-1.yml"), cmv.baseUrl(),
                LogCanaryScan.logDirectory().resolve("prism-cmv-service.log"));
    }

    @AfterAll
    void stop() {
        if (unitDocument != null) {
            unitDocument.close();
        }
        if (cmvDocument != null) {
            cmvDocument.close();
        }
        if (cmv != null) {
            cmv.close();
        }
    }

    @Test
    void a_working_day_at_cmv_answers_exactly_as_its_documents_say() throws Exception {
        String staff = TestIdp.staff("cmv");
        String unit = unitDocument.baseUrl();

        call(unit, "POST", "/advisory-contacts", staff,
                "{\"insats\":\"cmv-informationssamtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\"}", 201);
        call(unit, "GET", "/advisory-contacts", staff, null, 200);
        call(unit, "GET", "/insatser", staff, null, 200);

        String opened = call(unit, "POST", "/cases", staff,
                "{\"insats\":\"cmv-samtal-om-vald\",\"age\":34,\"gender\":\"male\",\"kommun\":\"2380\"}", 201);
        Matcher code = CASE_CODE.matcher(opened);
        assertThat(code.find()).as("a case code in %s", opened.length() + " characters").isTrue();
        String caseCode = code.group(1);
        call(unit, "POST", "/cases/" + caseCode + "/sessions", staff, "{\"kind\":\"SESSION\"}", 201);
        call(unit, "POST", "/cases/" + caseCode + "/notes", staff,
                "{\"text\":\"Samtal om strategier vid konflikt.\"}", 201);
        call(unit, "GET", "/cases/" + caseCode, staff, null, 200);
        call(unit, "GET", "/cases?open=true", staff, null, 200);
        call(unit, "POST", "/cases/" + caseCode + "/journal", staff, "{\"text\":\"Journalanteckning.\"}", 422);
        call(unit, "POST", "/cases/" + caseCode + "/closure", staff, "{\"reason\":\"COMPLETED\"}", 200);
        call(unit, "POST", "/cases/" + caseCode + "/closure", staff, "{\"reason\":\"COMPLETED\"}", 409);

        call(unit, "GET", "/cases/ZZZZ-ZZZZ", staff, null, 404);
        call(unit, "GET", "/cases", TestIdp.staff("minimaria"), null, 403);
        call(unit, "GET", "/cases", null, null, 401);
        call(unit, "GET", "/audit/verification", TestIdp.manager("cmv"), null, 200);

        String group = call(cmvDocument.baseUrl(), "POST", "/groups", staff,
                "{\"startDate\":\"2025-09-01\",\"plannedSessions\":10}", 201);
        Matcher id = ID.matcher(group);
        assertThat(id.find()).as("a group id").isTrue();
        call(cmvDocument.baseUrl(), "POST", "/groups/" + id.group(1) + "/sessions", staff,
                "{\"date\":\"2025-09-08\",\"participantCount\":6}", 201);
        call(cmvDocument.baseUrl(), "GET", "/groups/" + id.group(1), staff, null, 200);
        call(cmvDocument.baseUrl(), "GET", "/groups", staff, null, 200);

        assertThat(violations).as("what Prism found the service do that its document does not say").isEmpty();
    }

    /** One request through a proxy; a violation or another status than expected is noted, the body returned. */
    private String call(String proxy, String method, String path, String token, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(proxy + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, application/problem+json")
                // Left to itself, Prism's fetch accepts encodings (zstd) it then cannot decode: a client that names
                // gzip gets gzip from the services, which both Prism and any HTTP client read.
                .header("Accept-Encoding", "gzip");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String route = method + " " + path.replaceAll("\\?.*", "");
        answer.headers().firstValue("sl-violations").ifPresent(found -> violations.add(route + ": " + found));
        if (answer.statusCode() != expected) {
            violations.add(route + ": " + answer.statusCode() + " where " + expected + " was expected: "
                    + answer.body());
        }
        return answer.body();
    }
}
