package se.jamtland.statistics;

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
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.OpenApiRoutes.Route;
import se.jamtland.testsupport.OpenApiRoutes;
import se.jamtland.testsupport.RefusedTokens;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.webui.UiPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The county statistics are the statistician's: every documented route refuses everyone else. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = StatisticsTestProperties.forDatabase("statistics_route_access_test");
        // Dozens of requests in a second are this test's nature; StatisticsFloodIT tests the limit itself.
        properties.put("rate-limits.statistics.burst", "1000");
        return properties;
    }

    private List<Route> routes() {
        return OpenApiRoutes.documented("statistics-service-1.yml");
    }

    private Api.Answer call(String token, Route route) {
        return new Api(http, json, token).call(route.method(), route.path(Map.of()), null);
    }

    @Test
    void every_route_the_service_serves_is_in_its_openapi_document_and_so_in_this_test() {
        // Issue 14 changed what the service serves: the county dashboard's pages (and web-ui's login pages) are no
        // part of the API's document (@Hidden), so the API's routes are compared with it and the pages, named one
        // by one, apart; DashboardPagesIT checks who may open them.
        Set<String> served = OpenApiRoutes.served(router);
        Set<String> pages = served.stream().filter(route -> UiPaths.isUi(route.substring(route.indexOf(' ') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> api = new TreeSet<>(served);
        api.removeAll(pages);
        assertThat(api).isNotEmpty().isEqualTo(OpenApiRoutes.asText(routes()));
        assertThat(pages).containsExactly("GET /", "GET /ui/inloggningen-misslyckades", "GET /ui/kommuner",
                "GET /ui/kommuner/{kommun}", "GET /ui/statistik.csv", "GET /ui/statistik.xlsx", "GET /ui/utloggad",
                "POST /ui/logga-ut");
        assertThat(OpenApiRoutes.requiresBearerTokenEverywhere("statistics-service-1.yml")).isTrue();
    }

    @Test
    void the_dev_token_issuer_is_not_among_the_jars_the_service_is_deployed_with() {
        assertThat(TestIdp.runtimeClasspathOfThisModule()).isNotEmpty()
                // The dev IdP (issue 12: dev-idp, NAV's mock-oauth2-server and its OkHttp mock web server), and
                // the dev token issuer it replaced.
                .noneMatch(jar -> jar.contains("dev-token-issuer") || jar.contains("dev-idp")
                        || jar.contains("mock-oauth2-server") || jar.contains("mockwebserver"));
    }

    @TestFactory
    Stream<DynamicTest> a_missing_forged_unsigned_expired_or_foreign_issuer_token_gets_401() {
        return routes().stream().flatMap(route -> RefusedTokens.forStaffOf("county").entrySet().stream().map(token ->
                DynamicTest.dynamicTest(route + " with a token that is " + token.getKey() + " -> 401", () -> {
                    Api.Answer answer = call(token.getValue(), route);
                    assertThat(answer.status()).isEqualTo(401);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(answer.challenge()).startsWith("Bearer");
                })));
    }

    // Issue 12: a case system with a kommun claim now reads its own kommun's statistics (KommunStatisticsIT); these
    // tokens carry a unit and no kommun, and a CASE_SYSTEM token without a kommun is still refused.
    @TestFactory
    Stream<DynamicTest> unit_staff_their_managers_and_case_systems_get_403() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            for (String unit : TestIdp.UNITS) {
                for (String role : List.of(Roles.STAFF, Roles.UNIT_MANAGER, Roles.CASE_SYSTEM)) {
                    tests.add(DynamicTest.dynamicTest(route + " as " + role + " of " + unit + " -> 403", () ->
                            assertThat(call(TestIdp.token("test-unit", unit, role), route).status()).isEqualTo(403)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> a_kommuns_case_system_reads_every_route_for_its_own_kommun() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route + " as CASE_SYSTEM of 2380 -> 200", () ->
                assertThat(call(TestIdp.caseSystem("2380"), route).status()).isEqualTo(200)));
    }

    @TestFactory
    Stream<DynamicTest> the_county_statistician_reads_every_route() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route + " as COUNTY_STATISTICS -> 200", () ->
                assertThat(call(TestIdp.statistician(), route).status()).isEqualTo(200)));
    }
}
