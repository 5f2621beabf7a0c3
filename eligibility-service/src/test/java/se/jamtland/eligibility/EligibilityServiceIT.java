package se.jamtland.eligibility;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.jamtland.testinfra.Canaries;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service over real HTTP, as the units, the gateway and the county website call it. */
@MicronautTest
class EligibilityServiceIT {

    @Inject
    @Client("/")
    HttpClient http;

    private HttpResponse<String> post(String json) {
        return exchange(HttpRequest.POST("/eligibility-checks", json).contentType(MediaType.APPLICATION_JSON));
    }

    private HttpResponse<String> exchange(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse().getBody(String.class)
                    .map(body -> (HttpResponse<String>) HttpResponse.status(e.getStatus()).body(body)
                            .contentType(e.getResponse().getContentType().orElse(MediaType.TEXT_PLAIN_TYPE)))
                    .orElseGet(() -> HttpResponse.status(e.getStatus()));
        }
    }

    @Inject
    JsonMapper mapper;

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(HttpResponse<String> response) throws java.io.IOException {
        return mapper.readValue(response.body(), Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_30_year_old_asking_for_a_cra_is_eligible_with_an_individual_level_record() throws Exception {
        HttpResponse<String> response = post("{\"insats\":\"minimaria-a-cra\",\"age\":30}");

        assertThat(response.code()).isEqualTo(200);
        Map<String, Object> body = json(response);
        assertThat(body.get("outcome")).isEqualTo("ELIGIBLE");
        assertThat(body.get("guardianConsent")).isEqualTo("NOT_REQUIRED");
        assertThat((Map<String, Object>) body.get("documentation")).containsEntry("regime", "INDIVIDUAL")
                .containsEntry("legalReference", "14 kap. 3 § socialtjänstlagen (2025:400)");
        assertThat(body.get("catalogVersion")).isNotNull();
        assertThat(body.get("unmetConditions")).isEqualTo(List.of());
    }

    @Test
    void a_17_year_old_man_asking_for_gruppverksamhet_is_referred_with_both_villkor_listed() throws Exception {
        HttpResponse<String> response = post("""
                {"insats":"cmv-gruppverksamhet","age":17,"legalGender":"MALE","onDate":"2025-09-15"}""");

        assertThat(response.code()).isEqualTo(200);
        Map<String, Object> body = json(response);
        assertThat(body.get("outcome")).isEqualTo("REFER_TO_NEEDS_ASSESSMENT");
        assertThat(body.get("catalogVersion")).isEqualTo("2025-07-01");
        assertThat((List<Object>) body.get("unmetConditions")).containsExactly((Object)
                Map.of("condition", "MIN_AGE", "description", "18 år och uppåt"),
                (Object) Map.of("condition", "LEGAL_GENDER", "description", "Kvinna i juridisk mening"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_catalog_of_a_date_lists_its_insatser_with_villkor_and_regime() throws Exception {
        HttpResponse<String> response = exchange(HttpRequest.GET("/catalog?onDate=2025-09-15"));

        Map<String, Object> body = json(response);
        assertThat(body.get("version")).isEqualTo("2025-07-01");
        assertThat(body.get("validFrom")).isEqualTo("2025-07-01");
        List<?> insatser = (List<Object>) body.get("insatser");
        assertThat(insatser).hasSize(18);
        Map<String, Object> gruppverksamhet = insatser.stream().map(insats -> (Map<String, Object>) insats)
                .filter(insats -> "cmv-gruppverksamhet".equals(insats.get("id"))).findFirst().orElseThrow();
        assertThat(gruppverksamhet.get("section")).isEqualTo("2.9");
        assertThat(gruppverksamhet.get("unit")).isEqualTo("cmv");
        assertThat((List<Object>) gruppverksamhet.get("conditions")).hasSize(2);
        assertThat((Map<String, Object>) gruppverksamhet.get("documentation")).containsEntry("regime", "ADVISORY");
    }

    @Test
    void one_insats_is_served_by_id_and_a_later_catalog_serves_its_own_version() throws Exception {
        Map<String, Object> before = json(exchange(HttpRequest.GET("/catalog/insatser/cmv-stodsamtal-vald?onDate=2025-12-31")));
        Map<String, Object> after = json(exchange(HttpRequest.GET("/catalog/insatser/cmv-stodsamtal-vald?onDate=2026-01-01")));

        assertThat((List<Object>) before.get("conditions")).first().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("minAge", 15);
        assertThat((List<Object>) after.get("conditions")).first().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("minAge", 16);
    }

    @Test
    void the_catalog_for_a_date_before_2025_07_01_is_a_404_problem() throws Exception {
        HttpResponse<String> response = exchange(HttpRequest.GET("/catalog?onDate=2025-06-30"));

        assertProblem(response, 404);
        assertThat(json(response).get("detail").toString()).contains("2025-07-01");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON                     | {"insats":                                              | 400
            a negative age                     | {"insats":"cmv-kast","age":-1}                           | 400
            an absurd age                      | {"insats":"cmv-kast","age":131}                          | 400
            an age that is not a number        | {"insats":"cmv-kast","age":"trettio"}                    | 400
            an invalid date                    | {"insats":"cmv-kast","age":30,"onDate":"2025-02-30"}     | 400
            an unknown legal gender            | {"insats":"cmv-gruppverksamhet","age":30,"legalGender":"X","onDate":"2025-09-15"} | 400
            a missing insats                   | {"age":30}                                               | 400
            an unknown field                   | {"insats":"cmv-kast","age":30,"name":"Anna"}             | 400
            an unknown insats                  | {"insats":"cmv-finns-inte","age":30}                     | 404
            a gender villkor without gender    | {"insats":"cmv-gruppverksamhet","age":30,"onDate":"2025-09-15"} | 422
            a date before the first Bilaga     | {"insats":"cmv-kast","age":30,"onDate":"2025-06-30"}     | 422
            """)
    void bad_input_gets_a_problem_json_answer(String description, String body, int status) throws Exception {
        assertProblem(post(body), status);
    }

    @Test
    void an_error_never_echoes_what_was_sent() throws Exception {
        String personnummer = Canaries.INVALID_PERSONNUMMER;
        String name = Canaries.FULL_NAME;
        String firstName = Canaries.GIVEN_NAME;

        List<HttpResponse<String>> responses = List.of(
                post("{\"insats\":\"" + personnummer + "\",\"age\":30}"),
                post("{\"insats\":\"cmv-gruppverksamhet\",\"age\":30,\"legalGender\":\"" + name + "\"}"),
                post("{\"insats\":\"cmv-kast\",\"age\":30,\"onDate\":\"" + personnummer + "\"}"),
                post("{\"insats\":\"cmv-kast\",\"" + personnummer + "\":\"" + name + "\"}"),
                post("{\"insats\":\"cmv-kast\",\"age\":\"" + name + "\"}"),
                post("{\"insats\":\"cmv-kast\",\"" + firstName + "\":1}"));

        for (HttpResponse<String> response : responses) {
            assertThat(response.code()).isBetween(400, 499);
            assertThat(response.body()).doesNotContain(personnummer).doesNotContain(name).doesNotContain(firstName)
                    .doesNotContain("Exception").doesNotContain("at se.").doesNotContain("at io.");
        }
    }

    @Test
    void an_invalid_field_is_named_in_the_problem() throws Exception {
        Map<String, Object> problem = json(post("{\"insats\":\"cmv-kast\",\"age\":\"trettio\"}"));

        assertThat((List<Object>) problem.get("errors")).singleElement().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("pointer", "#/age");
    }

    @Test
    void an_unknown_address_and_a_wrong_method_are_problems_too() throws Exception {
        assertProblem(exchange(HttpRequest.GET("/finns-inte")), 404);
        assertProblem(exchange(HttpRequest.GET("/eligibility-checks")), 405);
        assertProblem(exchange(HttpRequest.POST("/eligibility-checks", "x").contentType(MediaType.TEXT_PLAIN)), 415);
    }

    @Test
    void health_answers_up_and_the_openapi_document_is_served() {
        assertThat(http.toBlocking().retrieve("/health")).contains("UP");
        assertThat(http.toBlocking().retrieve("/openapi/eligibility-service-1.yml"))
                .contains("/eligibility-checks").contains("/catalog");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_catalog_serves_every_rule_with_its_basis_and_reference_and_leaves_out_what_an_insats_has_not()
            throws Exception {
        List<Map<String, Object>> insatser = (List<Map<String, Object>>) json(exchange(
                HttpRequest.GET("/catalog?onDate=2025-09-15"))).get("insatser");
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        insatser.forEach(insats -> byId.put((String) insats.get("id"), insats));

        assertThat((Map<String, Object>) byId.get("cmv-samtal-om-vald-ivin").get("channels"))
                .containsOnlyKeys("allowed", "basis", "reference")
                .containsEntry("allowed", List.of("DIGITAL", "VISIT"))
                .containsEntry("reference", "Bilaga 1, avsnitt 2.5");
        assertThat((Map<String, Object>) byId.get("minimaria-radgivande-samtal").get("channels"))
                .containsEntry("allowed", List.of("PHONE", "CHAT", "VISIT"));
        assertThat((Map<String, Object>) byId.get("cmv-partnerkontakt").get("caseLinks"))
                .containsOnlyKeys("mayLinkTo", "basis", "reference")
                .containsEntry("mayLinkTo", List.of("cmv-samtal-om-vald", "cmv-samtal-om-vald-ivin"));
        assertThat((Map<String, Object>) byId.get("barnahus-krissamtal").get("interviewWindow"))
                .containsOnlyKeys("latestDaysAfter", "basis", "reference")
                .containsEntry("latestDaysAfter", 1);
        assertThat((Map<String, Object>) byId.get("cmv-partnerkontakt").get("sessionPlan"))
                .containsEntry("plannedSessions", 5).containsEntry("maxSessions", 5)
                .containsEntry("reference", "Bilaga 1, avsnitt 2.6");
        assertThat(byId.get("cmv-kast")).doesNotContainKeys("channels", "caseLinks", "interviewWindow", "sessionPlan");
    }

    @Test
    @SuppressWarnings("unchecked")
    void from_2026_01_01_the_test_catalog_serves_its_own_channels_and_maximum() throws Exception {
        Map<String, Object> ivin = json(exchange(
                HttpRequest.GET("/catalog/insatser/cmv-samtal-om-vald-ivin?onDate=2026-01-01")));
        Map<String, Object> samtal = json(exchange(
                HttpRequest.GET("/catalog/insatser/cmv-samtal-om-vald?onDate=2026-01-01")));

        assertThat((Map<String, Object>) ivin.get("channels"))
                .containsEntry("allowed", List.of("DIGITAL", "VISIT", "PHONE"));
        assertThat((Map<String, Object>) samtal.get("sessionPlan")).containsEntry("maxSessions", 15);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_decision_names_the_consent_age_it_was_decided_by() throws Exception {
        Map<String, Object> autumn2025 = json(post("{\"insats\":\"minimaria-a-cra\",\"age\":14,\"onDate\":\"2025-09-15\"}"));
        Map<String, Object> spring2026 = json(post("{\"insats\":\"minimaria-a-cra\",\"age\":15,\"onDate\":\"2026-03-01\"}"));

        assertThat((Map<String, Object>) autumn2025.get("guardianConsentRule"))
                .containsOnlyKeys("requiredBelowAge", "reference", "guardianSecrecyBelowAge")
                .containsEntry("requiredBelowAge", 15).containsEntry("guardianSecrecyBelowAge", 18);
        assertThat(((Map<String, Object>) autumn2025.get("guardianConsentRule")).get("reference").toString())
                .contains("Föräldrabalken 6 kap. 11 §");
        assertThat((Map<String, Object>) spring2026.get("guardianConsentRule")).containsEntry("requiredBelowAge", 16);
        assertThat(json(post("{\"insats\":\"minimaria-a-cra\"}"))).containsKey("guardianConsentRule");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_schema_of_a_catalog_file_is_served_as_a_json_schema_with_the_vocabularys_units() throws Exception {
        HttpResponse<String> response = exchange(HttpRequest.GET("/catalog/schema"));

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getContentType()).map(MediaType::toString).hasValue("application/schema+json");
        Map<String, Object> schema = json(response);
        assertThat(schema).containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema");
        Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
        assertThat((Map<String, Object>) defs.get("unit"))
                .containsEntry("enum", List.of("cmv", "minimaria", "familjeradgivning", "barnahus"));
    }

    @Test
    void the_openapi_document_describes_the_new_rules_and_the_schema() {
        assertThat(http.toBlocking().retrieve("/openapi/eligibility-service-1.yml"))
                .contains("/catalog/schema").contains("application/schema+json")
                .contains("channels:").contains("caseLinks:").contains("interviewWindow:")
                .contains("latestDaysAfter:").contains("mayLinkTo:").contains("guardianConsentRule:")
                .contains("inference:");
    }

    @Test
    void a_broken_catalog_file_stops_the_service_from_starting_and_names_the_file() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "eligibility.catalog.files", List.of("classpath:catalog/broken-unknown-unit.yaml"),
                // Outside the test environment the issuer must be given (issue 16 §1); empty: the public alone.
                "security.oidc.issuer", "",
                "micronaut.server.port", -1)))
                .hasRootCauseInstanceOf(se.jamtland.eligibility.catalog.InvalidCatalogException.class)
                .rootCause()
                .hasMessageContaining("catalog/broken-unknown-unit.yaml")
                .hasMessageContaining("(cmv-trasig)")
                .hasMessageContaining("unknown unit");
    }

    private void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.code()).isEqualTo(status);
        assertThat(response.getContentType()).map(MediaType::toString).hasValue("application/problem+json");
        Map<String, Object> problem = json(response);
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat(problem.get("type").toString()).startsWith("urn:jamtland:lansverksamheter:problem:");
        assertThat(problem.get("title").toString()).isNotBlank();
    }
}
