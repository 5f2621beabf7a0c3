package se.jamtland.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.devstack.ChildService;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.FreePorts;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' answers through Prism's validating proxy, one proxy per served document: a working day at
 * cmv-service (the units' shared document and cmv's own: an advisory contact, a case with a session and a note, the
 * case read, listed and closed, a group cycle with a session, and the 4xx answers a client meets: no token, another
 * unit's token, an unknown case, closing twice, a journal note on a de-identified case), the catalog and an
 * eligibility check, and the county's statistics; a case system's day through the gateway (its document, in front of
 * the real eligibility-service, minimaria-service, cmv-service and statistics-service), and Mini-Maria's staff at
 * their remiss inbox and aktualiseringar with the case-system routes behind them (the units' shared document, in
 * front of minimaria-service). Every answer must be what the document says, in status, headers and body: Prism's
 * violations fail the test (issue 12 §3: "runs the end-to-end flows ... against each document (the gateway's and
 * the units')"). Each service is started once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrismProxyIT {

    private static final Pattern CASE_CODE = Pattern.compile("\"caseCode\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");
    private static final Pattern REMISS_ID = Pattern.compile("\"id\":\"(minimaria-[0-9a-f-]+)\"");
    private static final Pattern AKTUALISERING_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final String PRISM_ERROR = "stoplight.io/prism/errors#";
    private static final String OSTERSUND = "2380";
    private static final String KROKOM = "2309";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<PrismProxy> proxies = new ArrayList<>();
    private ChildService cmv;
    private ChildService statistics;
    private ChildService minimaria;
    private ChildService gateway;
    private PrismProxy unitDocument;
    private PrismProxy minimariaUnitDocument;
    private PrismProxy gatewayDocument;
    private PrismProxy cmvDocument;
    private PrismProxy eligibilityDocument;
    private PrismProxy statisticsDocument;

    @BeforeAll
    void start_each_service_behind_a_proxy_for_each_of_its_documents() throws Exception {
        DatabaseServer server = TestInfrastructure.mariaDb();
        cmv = ChildServices.start("cmv-service", Map.of(
                "DATASOURCES_DEFAULT_URL", server.createDatabase("cmv_prism_contract"),
                "DATASOURCES_DEFAULT_USERNAME", server.username(),
                "DATASOURCES_DEFAULT_PASSWORD", server.password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafka().bootstrapServers(),
                "ELIGIBILITY_URL", RealEligibilityService.url(),
                "VISITOR_CODE_KEY", "dev-only-visitor-code-key-of-the-prism-contract"));
        statistics = ChildServices.start("statistics-service", Map.of(
                "DATASOURCES_DEFAULT_URL", server.createDatabase("statistics_prism_contract"),
                "DATASOURCES_DEFAULT_USERNAME", server.username(),
                "DATASOURCES_DEFAULT_PASSWORD", server.password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafka().bootstrapServers(),
                "ELIGIBILITY_URL", RealEligibilityService.url()));
        minimaria = ChildServices.start("minimaria-service", Map.of(
                "DATASOURCES_DEFAULT_URL", server.createDatabase("minimaria_prism_contract"),
                "DATASOURCES_DEFAULT_USERNAME", server.username(),
                "DATASOURCES_DEFAULT_PASSWORD", server.password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafka().bootstrapServers(),
                "ELIGIBILITY_URL", RealEligibilityService.url(),
                "VISITOR_CODE_KEY", "dev-only-visitor-code-key-of-the-prism-contract"));
        // familjeradgivning and barnahus are not started: the gateway names them in unreachableUnits, an answer its
        // document describes too.
        String down = "http://127.0.0.1:" + FreePorts.one();
        gateway = ChildServices.start("gateway", Map.of(
                "ELIGIBILITY_URL", RealEligibilityService.url(),
                "CMV_URL", cmv.baseUrl(),
                "MINIMARIA_URL", minimaria.baseUrl(),
                "FAMILJERADGIVNING_URL", down,
                "BARNAHUS_URL", down,
                "STATISTICS_URL", statistics.baseUrl()));
        unitDocument = proxy("unit-service-1.yml", cmv.baseUrl());
        minimariaUnitDocument = proxy("unit-service-1.yml", minimaria.baseUrl());
        gatewayDocument = proxy("gateway-1.0.0.yml", gateway.baseUrl());
        cmvDocument = proxy("cmv-service-1.yml", cmv.baseUrl());
        eligibilityDocument = proxy("eligibility-service-1.yml", RealEligibilityService.url());
        statisticsDocument = proxy("statistics-service-1.yml", statistics.baseUrl());
    }

    private PrismProxy proxy(String document, String upstream) throws Exception {
        PrismProxy proxy = PrismProxy.start(ServedDocuments.written(document), upstream,
                LogCanaryScan.logDirectory().resolve("prism-" + document.replace(".yml", "") + "-"
                        + upstream.replaceAll("\\D", "") + ".log"));
        proxies.add(proxy);
        return proxy;
    }

    @AfterAll
    void stop() {
        proxies.forEach(PrismProxy::close);
        for (ChildService service : new ChildService[] {gateway, minimaria, cmv, statistics}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void a_working_day_at_cmv_answers_exactly_as_its_documents_say() throws Exception {
        Calls calls = new Calls();
        String staff = TestIdp.staff("cmv");
        String unit = unitDocument.baseUrl();

        calls.call(unit, "POST", "/advisory-contacts", staff,
                "{\"insats\":\"cmv-informationssamtal\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\"}", 201);
        calls.call(unit, "GET", "/advisory-contacts", staff, null, 200);
        calls.call(unit, "GET", "/insatser", staff, null, 200);

        String opened = calls.call(unit, "POST", "/cases", staff,
                "{\"insats\":\"cmv-samtal-om-vald\",\"age\":34,\"gender\":\"male\",\"kommun\":\"2380\"}", 201);
        Matcher code = CASE_CODE.matcher(opened);
        assertThat(code.find()).as("a case code in %s", opened.length() + " characters").isTrue();
        String caseCode = code.group(1);
        calls.call(unit, "POST", "/cases/" + caseCode + "/sessions", staff, "{\"kind\":\"SESSION\"}", 201);
        calls.call(unit, "POST", "/cases/" + caseCode + "/notes", staff,
                "{\"text\":\"Samtal om strategier vid konflikt.\"}", 201);
        calls.call(unit, "GET", "/cases/" + caseCode, staff, null, 200);
        calls.call(unit, "GET", "/cases?open=true", staff, null, 200);
        calls.call(unit, "POST", "/cases/" + caseCode + "/journal", staff, "{\"text\":\"Journalanteckning.\"}", 422);
        calls.call(unit, "POST", "/cases/" + caseCode + "/closure", staff, "{\"reason\":\"COMPLETED\"}", 200);
        calls.call(unit, "POST", "/cases/" + caseCode + "/closure", staff, "{\"reason\":\"COMPLETED\"}", 409);

        calls.call(unit, "GET", "/cases/ZZZZ-ZZZZ", staff, null, 404);
        calls.call(unit, "GET", "/cases", TestIdp.staff("minimaria"), null, 403);
        calls.call(unit, "GET", "/cases", null, null, 401);
        calls.call(unit, "GET", "/audit/verification", TestIdp.manager("cmv"), null, 200);

        String group = calls.call(cmvDocument.baseUrl(), "POST", "/groups", staff,
                "{\"startDate\":\"2025-09-01\",\"plannedSessions\":10}", 201);
        Matcher id = ID.matcher(group);
        assertThat(id.find()).as("a group id").isTrue();
        calls.call(cmvDocument.baseUrl(), "POST", "/groups/" + id.group(1) + "/sessions", staff,
                "{\"date\":\"2025-09-08\",\"participantCount\":6}", 201);
        calls.call(cmvDocument.baseUrl(), "GET", "/groups/" + id.group(1), staff, null, 200);
        calls.call(cmvDocument.baseUrl(), "GET", "/groups", staff, null, 200);

        assertThat(calls.violations).as("what Prism found the service do that its document does not say").isEmpty();
    }

    @Test
    void the_catalog_and_an_eligibility_check_answer_exactly_as_eligibility_services_document_says() throws Exception {
        Calls calls = new Calls();
        String eligibility = eligibilityDocument.baseUrl();

        calls.call(eligibility, "GET", "/catalog?onDate=2025-09-15", null, null, 200);
        calls.call(eligibility, "GET", "/catalog/insatser/minimaria-a-cra", null, null, 200);
        calls.call(eligibility, "GET", "/catalog/insatser/finns-inte", null, null, 404);
        calls.call(eligibility, "POST", "/eligibility-checks", null,
                "{\"insats\":\"minimaria-a-cra\",\"age\":30}", 200);
        calls.call(eligibility, "POST", "/eligibility-checks", null, "{\"insats\":\"finns-inte\",\"age\":30}", 404);

        assertThat(calls.violations).as("what Prism found eligibility-service do that its document does not say")
                .isEmpty();
    }

    @Test
    void the_statistics_answer_exactly_as_statistics_services_document_says() throws Exception {
        Calls calls = new Calls();
        String county = statisticsDocument.baseUrl();
        String statistician = TestIdp.statistician();

        calls.call(county, "GET", "/statistics?groupBy=unit,insats,kind", statistician, null, 200);
        calls.call(county, "GET", "/statistics?groupBy=month,unit,insats,kind,kommun,ageBand,gender,channel"
                + "&from=2025-07&to=2026-12", statistician, null, 422);
        calls.call(county, "GET", "/statistics?kind=NOT_A_KIND", statistician, null, 400);
        calls.call(county, "GET", "/statistics", TestIdp.staff("cmv"), null, 403);
        calls.call(county, "GET", "/statistics", null, null, 401);

        assertThat(calls.violations).as("what Prism found statistics-service do that its document does not say")
                .isEmpty();
    }

    @Test
    void a_case_systems_day_through_the_gateway_answers_exactly_as_the_gateways_document_says() throws Exception {
        Calls calls = new Calls();
        String api = gatewayDocument.baseUrl();
        String ostersund = TestIdp.caseSystem(OSTERSUND);
        String key = "prism-" + UUID.randomUUID();
        String remiss = remiss("minimaria-a-cra", Canaries.personnummer(19, "FEMALE", 4), "Vill ha kontakt snart.");

        calls.call(api, "GET", "/api/v1/catalog?onDate=2025-09-15", ostersund, null, 200);
        calls.call(api, "POST", "/api/v1/eligibility-checks", ostersund,
                "{\"insats\":\"minimaria-a-cra\",\"age\":19}", 200);

        HttpResponse<String> created = calls.send(api, "POST", "/api/v1/remisser", ostersund, remiss, key, 201);
        String id = calls.group(REMISS_ID, created.body(), "a remiss id");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/remisser/" + id);
        HttpResponse<String> replayed = calls.send(api, "POST", "/api/v1/remisser", ostersund, remiss, key, 201);
        assertThat(replayed.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        calls.send(api, "POST", "/api/v1/remisser", ostersund, remiss.replace("snart", "i morgon"), key, 409);
        String advisory = calls.send(api, "POST", "/api/v1/remisser", ostersund,
                remiss("minimaria-radgivande-samtal", Canaries.personnummer(19, "FEMALE", 5), "Rådgivning."),
                "prism-" + UUID.randomUUID(), 422).body();
        assertThat(advisory).as("the unit's contact route in the refusal").contains("\"unit\":{");

        calls.call(api, "GET", "/api/v1/remisser/" + id, ostersund, null, 200);
        calls.call(api, "GET", "/api/v1/remisser/" + id, TestIdp.caseSystem(KROKOM), null, 404);

        String registered = calls.call(minimariaUnitDocument.baseUrl(), "POST", "/aktualiseringar",
                TestIdp.staff("minimaria"), aktualisering(true), 201);
        String aktualisering = calls.group(AKTUALISERING_ID, registered, "an aktualisering id");
        String fetched = calls.call(api, "GET", "/api/v1/aktualiseringar", ostersund, null, 200);
        assertThat(fetched).as("the aktualisering registered at Mini-Maria").contains(aktualisering);

        calls.call(api, "GET", "/api/v1/statistics?kommun=" + OSTERSUND, ostersund, null, 200);
        calls.call(api, "GET", "/api/v1/statistics?kommun=" + KROKOM, ostersund, null, 403);
        calls.call(api, "GET", "/api/v1/catalog", null, null, 401);
        calls.call(api, "GET", "/api/v1/catalog", "not-a-token", null, 401);
        calls.call(api, "GET", "/api/v1/catalog", TestIdp.staff("minimaria"), null, 403);
        calls.send(api, "POST", "/api/v1/remisser", ostersund, "{\"insats\":", "prism-" + UUID.randomUUID(), 400);

        assertThat(calls.violations).as("what Prism found the gateway do that its document does not say").isEmpty();
    }

    @Test
    void mini_marias_remiss_inbox_aktualiseringar_and_case_system_routes_answer_exactly_as_the_units_document_says()
            throws Exception {
        Calls calls = new Calls();
        String unit = minimariaUnitDocument.baseUrl();
        String staff = TestIdp.staff("minimaria");
        String ostersund = TestIdp.caseSystem(OSTERSUND);

        String toAccept = calls.group(REMISS_ID, calls.send(unit, "POST", "/case-system/remisser", ostersund,
                remiss("minimaria-a-cra", Canaries.personnummer(21, "MALE", 6), "Ring på förmiddagen."),
                "prism-" + UUID.randomUUID(), 201).body(), "a remiss id");
        String toDecline = calls.group(REMISS_ID, calls.send(unit, "POST", "/case-system/remisser", ostersund,
                remiss("minimaria-a-cra", Canaries.personnummer(22, "FEMALE", 7), "Hellre sms."),
                "prism-" + UUID.randomUUID(), 201).body(), "a remiss id");
        calls.call(unit, "GET", "/case-system/remisser/" + toAccept, ostersund, null, 200);
        calls.call(unit, "GET", "/case-system/remisser/" + toAccept, TestIdp.caseSystem(KROKOM), null, 404);
        calls.send(unit, "POST", "/case-system/remisser", ostersund,
                remiss("minimaria-radgivande-samtal", Canaries.personnummer(21, "MALE", 8), "Rådgivning."),
                "prism-" + UUID.randomUUID(), 422);
        calls.call(unit, "GET", "/case-system/aktualiseringar", staff, null, 403);

        calls.call(unit, "GET", "/remisser", staff, null, 200);
        calls.call(unit, "GET", "/remisser/" + toAccept, staff, null, 200);
        HttpResponse<String> accepted = calls.send(unit, "POST", "/remisser/" + toAccept + "/acceptance", staff,
                "{\"startDate\":\"2025-09-15\"}", null, 201);
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("/cases/"));
        calls.call(unit, "POST", "/remisser/" + toDecline + "/decline", staff, "{\"reason\":\"NOT_REACHED\"}", 200);
        calls.call(unit, "POST", "/remisser/" + toDecline + "/decline", staff, "{\"reason\":\"NOT_REACHED\"}", 409);
        calls.call(unit, "POST", "/remisser/" + toAccept + "/acceptance", staff, "{}", 409);
        calls.call(unit, "GET", "/remisser", ostersund, null, 403);

        String created = calls.call(unit, "POST", "/aktualiseringar", staff, aktualisering(true), 201);
        String aktualisering = calls.group(AKTUALISERING_ID, created, "an aktualisering id");
        calls.call(unit, "POST", "/aktualiseringar", staff, aktualisering(false), 422);
        calls.call(unit, "GET", "/aktualiseringar/" + aktualisering, staff, null, 200);
        calls.call(unit, "GET", "/aktualiseringar", staff, null, 200);
        calls.call(unit, "GET", "/case-system/aktualiseringar", ostersund, null, 200);

        assertThat(calls.violations).as("what Prism found minimaria-service do that its document does not say")
                .isEmpty();
    }

    private static String remiss(String insats, String identityNumber, String message) {
        return "{\"insats\":\"" + insats + "\",\"person\":{\"identityNumber\":\"" + identityNumber + "\","
                + "\"givenName\":\"" + Canaries.GIVEN_NAME + "\",\"familyName\":\"" + Canaries.FAMILY_NAME + "\","
                + "\"phone\":\"" + Canaries.PHONE + "\"},\"consentToReferral\":true,\"referrer\":{\"name\":"
                + "\"Socialsekreterare Test\",\"phone\":\"063-00 00 00\"},\"message\":\"" + message + "\"}";
    }

    /** An aktualisering of Östersund's, registered by Mini-Maria's staff after a villkor not met. */
    private static String aktualisering(boolean consentGiven) {
        return "{\"insats\":\"minimaria-a-cra\",\"kommun\":\"" + OSTERSUND + "\",\"unmetConditions\":[\"MIN_AGE\"],"
                + "\"consentGiven\":" + consentGiven + ",\"person\":{\"givenName\":\"" + Canaries.GIVEN_NAME + "\","
                + "\"familyName\":\"" + Canaries.FAMILY_NAME + "\",\"phone\":\"" + Canaries.PHONE + "\"},"
                + "\"message\":\"Ring efter klockan tre.\"}";
    }

    /** The requests of one test and what Prism, or the status, said was wrong with their answers. */
    private final class Calls {

        private final List<String> violations = new ArrayList<>();

        /** The first group of the pattern in an answer; without it, what went wrong so far fails the test. */
        String group(Pattern pattern, String body, String what) {
            Matcher found = pattern.matcher(body);
            assertThat(found.find()).as("%s in an answer of %s characters; so far: %s", what, body.length(),
                    violations).isTrue();
            return found.group(1);
        }

        /** One request through a proxy; a violation or another status than expected is noted, the body returned. */
        String call(String proxy, String method, String path, String token, String body, int expected)
                throws Exception {
            return send(proxy, method, path, token, body, null, expected).body();
        }

        /** {@link #call}, with an {@code Idempotency-Key} when one is given, the whole answer returned. */
        HttpResponse<String> send(String proxy, String method, String path, String token, String body,
                String idempotencyKey, int expected) throws Exception {
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
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String route = method + " " + path.replaceAll("\\?.*", "");
            answer.headers().firstValue("sl-violations").ifPresent(found -> violations.add(route + ": " + found));
            // Prism answers some requests itself (one it finds invalid, one without the document's bearer token):
            // then the service was never asked. Only the missing token is the document's own answer (its security).
            if (token != null && answer.body().contains(PRISM_ERROR)) {
                violations.add(route + ": answered by Prism, not the service: " + answer.body());
            }
            if (answer.statusCode() != expected) {
                violations.add(route + ": " + answer.statusCode() + " where " + expected + " was expected: "
                        + answer.body());
            }
            return answer;
        }
    }
}
