package se.jamtland.unit.testing;

import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.jamtland.access.Roles;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.OpenApiRoutes.Route;
import se.jamtland.testsupport.OpenApiRoutes;
import se.jamtland.testsupport.RefusedTokens;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.webui.UiPaths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may not call a unit service's routes, for every route its OpenAPI documents list. The table is read from
 * the documents the build generates from the controllers, and a test checks that every route the service
 * serves is in them: a new route is covered the day it is written, or the build fails.
 * A service's {@code RouteAccessIT} extends this with its unit and the names of its documents.
 */
public abstract class RouteAccessContract extends DocumentedUnitServiceTestBase {

    /** A well-formed case code no case has: refusals must read the same for it as for an existing one. */
    private static final String ABSENT = "ZZZZ-ZZZZ";

    @Inject
    Router router;

    protected RouteAccessContract(String unit, String database, String... documents) {
        super(unit, database, documents);
    }

    /** Hundreds of requests in seconds are this test's nature; IntakeFloodIT tests the limit itself. */
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("rate-limits.intake.burst", "1000");
    }

    /**
     * The manager's routes are the access log's and gallring's (issue 15, {@link ManagerRoutes}), the case systems'
     * are under /case-system (issue 12); every other route is the unit's staff's.
     */
    protected Set<String> rolesAllowed(Route route) {
        if (route.template().startsWith("/case-system/")) {
            return Set.of(Roles.CASE_SYSTEM);
        }
        return ManagerRoutes.managerOnly(route.template())
                ? Set.of(Roles.UNIT_MANAGER) : Set.of(Roles.STAFF, Roles.UNIT_MANAGER);
    }

    /** A token of the role as this unit's IdP issues it: staff of this unit, or a kommun's case system (no unit). */
    private String ownTokenOf(String role) {
        return role.equals(Roles.CASE_SYSTEM) ? TestIdp.caseSystem(ExistingObjects.REMISS_KOMMUN)
                : TestIdp.token("test-own", unit(), role);
    }

    @Test
    void every_route_the_service_serves_is_in_its_openapi_documents_and_so_in_this_test() {
        // A person's pages (issue 13: "/" and /ui/**, @Hidden) are not the API: they take the staff session, not a
        // bearer token, and their access is tested page by page (the *PagesIT with PageVisitor).
        Set<String> served = OpenApiRoutes.served(router).stream()
                .filter(route -> !UiPaths.isUi(route.substring(route.indexOf(' ') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).isNotEmpty();
        assertThat(OpenApiRoutes.asText(documentedRoutes())).isEqualTo(served);
        assertThat(documents).allMatch(OpenApiRoutes::requiresBearerTokenEverywhere);
    }

    @Test
    void the_dev_token_issuer_is_not_among_the_jars_the_service_is_deployed_with() {
        assertThat(TestIdp.runtimeClasspathOfThisModule()).isNotEmpty()
                // The dev IdP (issue 12: dev-idp, NAV's mock-oauth2-server and its OkHttp mock web server), and
                // the dev token issuer it replaced.
                .noneMatch(jar -> jar.contains("dev-token-issuer") || jar.contains("dev-idp")
                        || jar.contains("mock-oauth2-server") || jar.contains("mockwebserver"));
    }

    @Test
    void health_and_the_openapi_documents_are_open_without_a_token() {
        Api anonymous = api.as(null);
        assertThat(anonymous.get("/health").status()).isEqualTo(200);
        for (String document : documents) {
            assertThat(anonymous.get("/openapi/" + document).status()).as(document).isEqualTo(200);
        }
    }

    @TestFactory
    Stream<DynamicTest> a_missing_forged_unsigned_expired_or_foreign_issuer_token_gets_401_on_every_route() {
        Map<String, String> refused = RefusedTokens.forStaffOf(unit());
        return documentedRoutes().stream().flatMap(route -> refused.entrySet().stream().map(token ->
                DynamicTest.dynamicTest(route + " with a token that is " + token.getKey() + " -> 401", () -> {
                    Api.Answer answer = call(api.as(token.getValue()), route, existing);
                    assertThat(answer.status()).as(route + " / " + token.getKey()).isEqualTo(401);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(answer.challenge()).startsWith("Bearer");
                })));
    }

    @TestFactory
    Stream<DynamicTest> staff_of_another_unit_get_403_and_cannot_tell_whether_an_object_exists() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : documentedRoutes()) {
            for (String other : TestIdp.UNITS.stream().filter(u -> !u.equals(unit())).toList()) {
                for (String role : List.of(Roles.STAFF, Roles.UNIT_MANAGER)) {
                    tests.add(DynamicTest.dynamicTest(route + " as " + role + " of " + other + " -> 403", () -> {
                        Api foreign = api.as(TestIdp.token("test-foreign", other, role));
                        Api.Answer onExisting = call(foreign, route, existing);
                        Api.Answer onAbsent = call(foreign, route, absent());
                        assertThat(onExisting.status()).as(route.toString()).isEqualTo(403);
                        assertThat(withoutInstance(onExisting)).isEqualTo(withoutInstance(onAbsent));
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> the_statistics_role_a_case_system_and_roles_a_route_does_not_name_get_403() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : documentedRoutes()) {
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put("COUNTY_STATISTICS of the county", TestIdp.token("test-statistician", "county",
                    Roles.COUNTY_STATISTICS));
            for (String role : List.of(Roles.STAFF, Roles.UNIT_MANAGER, Roles.COUNTY_STATISTICS, Roles.CASE_SYSTEM)) {
                if (!rolesAllowed(route).contains(role)) {
                    tokens.put(role + " of this unit", TestIdp.token("test-other-role", unit(), role));
                }
            }
            // Issue 12: a kommun's case system gets in at /case-system only, and there only with its kommun claim.
            if (rolesAllowed(route).contains(Roles.CASE_SYSTEM)) {
                tokens.put("CASE_SYSTEM with a unit and no kommun", TestIdp.token("test-other-role", unit(),
                        Roles.CASE_SYSTEM));
            } else {
                tokens.put("a case system of kommun 2380", TestIdp.caseSystem("2380"));
            }
            tokens.forEach((who, token) -> tests.add(DynamicTest.dynamicTest(route + " as " + who + " -> 403", () ->
                    assertThat(call(api.as(token), route, existing).status()).as(route + " / " + who)
                            .isEqualTo(403))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> the_roles_a_route_names_get_past_the_door_and_get_no_server_error() {
        return documentedRoutes().stream().flatMap(route -> rolesAllowed(route).stream().map(role ->
                DynamicTest.dynamicTest(route + " as " + role + " of this unit is let in", () -> {
                    Api.Answer answer = call(api.as(ownTokenOf(role)), route, existing);
                    assertThat(answer.status()).as(route + " / " + role).isNotIn(401, 403).isLessThan(500);
                })));
    }

    protected List<Route> documentedRoutes() {
        return OpenApiRoutes.documented(documents.toArray(String[]::new));
    }

    private Map<String, String> absent() {
        Map<String, String> ids = new HashMap<>();
        existing.keySet().forEach(name -> ids.put(name, name.equals("caseCode") ? ABSENT : "987654321"));
        return ids;
    }

    /** A POST is sent an empty JSON object: past the door, no route takes it as a valid command. */
    private static Api.Answer call(Api as, Route route, Map<String, String> ids) {
        return as.call(route.method(), route.path(ids), route.method().equals("GET") ? null : "{}");
    }

    private static Map<String, Object> withoutInstance(Api.Answer answer) {
        Map<String, Object> body = new HashMap<>(answer.json());
        body.remove("instance");
        body.put("status", answer.status());
        return body;
    }
}
