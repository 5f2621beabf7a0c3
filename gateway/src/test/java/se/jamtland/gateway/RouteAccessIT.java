package se.jamtland.gateway;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.access.Roles;
import se.jamtland.gateway.openapi.OpenApiDocumentController;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.OpenApiRoutes;
import se.jamtland.testsupport.OpenApiRoutes.Route;
import se.jamtland.testsupport.RefusedTokens;
import se.jamtland.testsupport.TestIdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway is for the kommuner's case systems only: every route its OpenAPI document lists refuses a missing or
 * forged token (401) and every other caller of the suite (403), and lets a case system with a kommun through.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIT implements TestPropertyProvider {

    private static final String DOCUMENT = OpenApiDocumentController.RESOURCE.substring("META-INF/swagger/".length());
    private static final Map<String, String> PATH_VALUES = Map.of("id", "minimaria-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = GatewayUpstreams.gatewayProperties();
        // Hundreds of requests in seconds are this test's nature; GatewayRateLimitIT tests the limit itself.
        properties.put("rate-limits.case-systems.burst", "100000");
        return properties;
    }

    private List<Route> routes() {
        return OpenApiRoutes.documented(DOCUMENT);
    }

    private Api.Answer call(String token, Route route) {
        String body = route.method().equals("POST") ? "{}" : null;
        return new Api(http, json, token).withHeader("Idempotency-Key", "route-access").call(route.method(),
                route.path(PATH_VALUES), body);
    }

    @Test
    void every_route_the_gateway_serves_is_in_its_openapi_document_and_so_in_this_test() {
        Set<String> served = new TreeSet<>(OpenApiRoutes.served(router));
        // The document itself, open to anyone like every service's documents.
        served.remove("GET /api/v1/openapi.yml");
        assertThat(served).isNotEmpty().isEqualTo(OpenApiRoutes.asText(routes()));
        assertThat(OpenApiRoutes.requiresBearerTokenEverywhere(DOCUMENT)).isTrue();
    }

    @Test
    void the_document_is_served_at_api_v1_openapi_yml_with_its_version() {
        Api.Answer answer = new Api(http, json, null).get("/api/v1/openapi.yml");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("version: 1.0.0", "operationId: createRemiss");
    }

    @Test
    void the_dev_token_issuer_is_not_among_the_jars_the_gateway_is_deployed_with() {
        assertThat(TestIdp.runtimeClasspathOfThisModule()).isNotEmpty()
                .noneMatch(jar -> jar.contains("dev-token-issuer") || jar.contains("dev-idp")
                        || jar.contains("mock-oauth2-server") || jar.contains("mockwebserver"));
    }

    @TestFactory
    Stream<DynamicTest> a_missing_forged_unsigned_expired_or_foreign_issuer_token_gets_401() {
        Map<String, String> refused = new LinkedHashMap<>(RefusedTokens.forStaffOf("minimaria"));
        refused.put("missing", null);
        return routes().stream().flatMap(route -> refused.entrySet().stream().map(token ->
                DynamicTest.dynamicTest(route + " with a token that is " + token.getKey() + " -> 401", () -> {
                    Api.Answer answer = call(token.getValue(), route);
                    assertThat(answer.status()).isEqualTo(401);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(answer.challenge()).startsWith("Bearer");
                })));
    }

    @TestFactory
    Stream<DynamicTest> unit_staff_managers_the_statistician_and_suite_services_get_403() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            for (String unit : TestIdp.UNITS) {
                for (String role : List.of(Roles.STAFF, Roles.UNIT_MANAGER, Roles.SUITE_SERVICE)) {
                    tests.add(DynamicTest.dynamicTest(route + " as " + role + " of " + unit + " -> 403", () ->
                            assertThat(call(TestIdp.token("test-" + unit, unit, role), route).status())
                                    .isEqualTo(403)));
                }
            }
            tests.add(DynamicTest.dynamicTest(route + " as the statistician -> 403", () ->
                    assertThat(call(TestIdp.statistician(), route).status()).isEqualTo(403)));
            tests.add(DynamicTest.dynamicTest(route + " as CASE_SYSTEM without kommun -> 403", () ->
                    assertThat(call(TestIdp.token("case-system-x", "minimaria", Roles.CASE_SYSTEM), route).status())
                            .isEqualTo(403)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> a_kommuns_case_system_is_let_through_every_route() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route + " as CASE_SYSTEM of 2380", () -> {
            Api.Answer answer = call(TestIdp.caseSystem("2380"), route);
            assertThat(answer.status()).as(answer.body()).isNotIn(401, 403, 500);
        }));
    }
}
