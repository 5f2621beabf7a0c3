package se.jamtland.release;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;
import se.jamtland.devstack.DevIdp;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.LogCanaryScan;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.TestIdp;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 §1, done when "each production artifact starts in the CI smoke test with production settings only":
 * every service's runnable jar, started with {@code java -jar} in a clean environment holding its production
 * settings and nothing else, against the embedded MariaDB (a user of its own per database) and Kafka and the dev
 * IdP, becomes ready on its management port and answers a real request; started without them, it refuses to start
 * and names exactly what is missing, never a value; and its Deployment sets every variable it requires.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionStartIT {

    /** In the order they start: what a service calls is up before it. */
    static final List<String> MODULES = List.of("eligibility-service", "cmv-service", "minimaria-service",
            "familjeradgivning-service", "barnahus-service", "statistics-service", "gateway");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration REFUSAL_TIMEOUT = Duration.ofSeconds(30);
    /** What ServiceMain exits with when settings are missing (sysexits' EX_CONFIG). */
    private static final int MISSING_SETTINGS_EXIT_CODE = 78;
    private static final String MISSING = "Missing settings, the service does not start without them: ";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, ProductionJar.Running> running = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> settings = new LinkedHashMap<>();
    private final Map<String, Long> readyMillis = new LinkedHashMap<>();
    private Path logs;
    private DevIdp idp;

    @BeforeAll
    void start_every_jar_with_its_production_settings() throws Exception {
        logs = LogCanaryScan.logDirectory();
        idp = TestIdp.idp();
        Map<String, String> urls = new LinkedHashMap<>();
        for (String module : MODULES) {
            ports.put(module, FreePorts.one());
            urls.put(module, "http://127.0.0.1:" + ports.get(module));
        }
        ProductionSettings.Surroundings around = new ProductionSettings.Surroundings(TestInfrastructure.mariaDb(),
                TestInfrastructure.kafka().bootstrapServers(), idp.issuer(), urls);
        for (String module : MODULES) {
            settings.put(module, required(module, around));
        }
        for (String module : MODULES) {
            int management = FreePorts.one();
            managementPorts.put(module, management);
            Map<String, String> environment = new LinkedHashMap<>(settings.get(module));
            environment.putAll(ProductionSettings.optional(module));
            environment.put("MICRONAUT_SERVER_PORT", Integer.toString(ports.get(module)));
            environment.put("ENDPOINTS_ALL_PORT", Integer.toString(management));
            // The Deployment's heap (k8s/README, "Memory and CPU").
            environment.put("JAVA_TOOL_OPTIONS", "-Xmx256m");
            ProductionJar.Running jar = ProductionJar.of(module).start(environment, logs, "production");
            running.put(module, jar);
            readyMillis.put(module, jar.awaitOk(http, "http://127.0.0.1:" + management + "/health/readiness",
                    READY_TIMEOUT));
        }
        StringBuilder figures = new StringBuilder("production jars, start to /health/readiness 200:");
        for (String module : MODULES) {
            figures.append(String.format("%n  %-26s %6d ms   %5.1f MB", module, readyMillis.get(module),
                    ProductionJar.of(module).sizeBytes() / 1_000_000.0));
        }
        System.out.println(figures);
    }

    private static Map<String, String> required(String module, ProductionSettings.Surroundings around) {
        return switch (module) {
            case "eligibility-service" -> ProductionSettings.eligibility(around);
            case "statistics-service" -> ProductionSettings.statistics(around);
            case "gateway" -> ProductionSettings.gateway(around);
            default -> ProductionSettings.unit(around, module.substring(0, module.length() - "-service".length()));
        };
    }

    @AfterAll
    void stop() {
        // The gateway first, the service everything calls last.
        List<ProductionJar.Running> stopping = new ArrayList<>(running.values());
        java.util.Collections.reverse(stopping);
        stopping.forEach(ProductionJar.Running::close);
    }

    @Test
    @Order(1)
    void eligibility_service_answers_its_catalog() throws Exception {
        HttpResponse<String> catalog = get("eligibility-service", "/catalog", null);

        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).contains("\"insatser\"");
    }

    @ParameterizedTest
    @MethodSource("units")
    @Order(2)
    void each_unit_lists_its_insatser_from_eligibility_and_checks_its_access_log_in_its_own_database(String unit)
            throws Exception {
        String module = ProductionSettings.UNIT_MODULES.get(unit);

        HttpResponse<String> insatser = get(module, "/insatser", idp.token("release-staff", unit, "STAFF"));
        HttpResponse<String> chain = get(module, "/audit/verification",
                idp.token("release-manager", unit, "UNIT_MANAGER"));

        assertThat(insatser.statusCode()).isEqualTo(200);
        assertThat(insatser.body()).startsWith("[").contains("\"unit\":\"" + unit + "\"");
        assertThat(chain.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource("units")
    @Order(2)
    void each_unit_shows_the_alerts_gauges_on_its_management_port_from_the_start_and_not_on_its_own_port(String unit)
            throws Exception {
        String module = ProductionSettings.UNIT_MODULES.get(unit);
        HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPorts.get(module) + "/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> onServicePort = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + ports.get(module) + "/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());

        // Before any chain check or gallring run (hours after start in production): the alerts read these gauges,
        // and an absent one would never fire (k8s/base/monitoring.yaml).
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body().lines().filter(line -> !line.startsWith("#")).map(line -> line.split("[{ ]")[0]))
                .contains("suite_outbox_pending", "suite_outbox_oldest_pending_age_seconds",
                        "suite_audit_chain_broken", "suite_audit_chain_last_check_timestamp_seconds",
                        "suite_gallring_last_success_timestamp_seconds", "suite_gallring_runs_total");
        assertThat(scrape.body()).contains("suite_gallring_runs_total{outcome=\"failed\"} 0.0");
        assertThat(onServicePort.statusCode()).isIn(401, 404);
    }

    @ParameterizedTest
    @MethodSource("units")
    @Order(2)
    void each_unit_serves_its_staff_pages_templates_and_assets_from_the_jar(String unit) throws Exception {
        String module = ProductionSettings.UNIT_MODULES.get(unit);

        // web-ui's page and template, unit-core's script, web-ui's style sheet: three modules' resources, one jar.
        HttpResponse<String> page = get(module, "/ui/inloggningen-misslyckades", null, "text/html");
        HttpResponse<String> unitCoreAsset = get(module, "/ui/assets/unit/query-without-empty-values.js", null, "*/*");
        HttpResponse<String> webUiAsset = get(module, "/ui/assets/app.css", null, "*/*");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Inloggningen gick inte igenom");
        assertThat(unitCoreAsset.statusCode()).isEqualTo(200);
        assertThat(webUiAsset.statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void statistics_service_answers_the_county_statistician() throws Exception {
        HttpResponse<String> statistics = get("statistics-service", "/statistics?from=2025-07&to=2025-12",
                idp.token("release-statistician", "county", "COUNTY_STATISTICS"));

        assertThat(statistics.statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void the_gateway_answers_a_case_system_with_the_catalog_from_eligibility() throws Exception {
        HttpResponse<String> catalog = get("gateway", "/api/v1/catalog", idp.caseSystemToken("2380"));

        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).contains("\"insatser\"");
    }

    @ParameterizedTest
    @MethodSource("modules")
    @Order(5)
    void each_jar_serves_every_openapi_document_it_holds_merged_from_all_its_modules(String module) throws Exception {
        List<String> documents = ProductionJar.of(module).entries("META-INF/swagger/").stream()
                .filter(entry -> entry.endsWith(".yml"))
                .map(entry -> entry.substring("META-INF/swagger/".length()))
                .toList();

        // A unit's jar holds unit-core's document (unit-service-1.yml) and, for a unit with routes of its own
        // (cmv), its own: shading keeps both.
        assertThat(documents).isNotEmpty();
        if (ProductionSettings.UNIT_MODULES.containsValue(module)) {
            assertThat(documents).contains("unit-service-1.yml");
        }
        if (module.equals("cmv-service")) {
            assertThat(documents).contains("cmv-service-1.yml");
        }
        for (String document : documents) {
            HttpResponse<String> answer = get(module, "/openapi/" + document, null);
            assertThat(answer.statusCode()).as(document).isEqualTo(200);
            assertThat(answer.body()).as(document).startsWith("openapi:");
        }
    }

    @ParameterizedTest
    @MethodSource("modules")
    @Order(6)
    void each_jar_without_its_settings_exits_naming_exactly_the_missing_ones_and_no_value(String module)
            throws Exception {
        // A secret it reads is given, and (where it requires more than one) one required setting, each with a
        // value that must never be printed; every other required one is missing.
        Map<String, String> required = settings.get(module);
        String given = required.size() > 1 ? required.keySet().iterator().next() : null;
        String planted = "planted-" + ProductionSettings.randomSecret();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SUITE_CLIENT_SECRET", planted);
        if (given != null) {
            environment.put(given, planted);
        }
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(FreePorts.one()));
        environment.put("ENDPOINTS_ALL_PORT", Integer.toString(FreePorts.one()));

        ProductionJar.Running jar = ProductionJar.of(module).start(environment, logs, "without-settings");
        int exit = jar.awaitExit(REFUSAL_TIMEOUT);

        List<String> stdout = Files.readAllLines(jar.log());
        List<String> stderr = Files.readAllLines(logs.resolve(module + "-without-settings.stderr.log"));
        List<String> expected = required.keySet().stream().filter(name -> !name.equals(given)).toList();
        assertThat(exit).isEqualTo(MISSING_SETTINGS_EXIT_CODE);
        assertThat(stderr).hasSize(1);
        assertThat(stderr.get(0)).startsWith(MISSING);
        assertThat(Arrays.asList(stderr.get(0).substring(MISSING.length()).split(", ")))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(stdout).filteredOn(line -> line.contains(MISSING)).hasSize(1);
        assertThat(Stream.concat(stdout.stream(), stderr.stream()))
                .noneMatch(line -> line.contains(planted))
                .noneMatch(line -> line.contains("Exception") || line.contains("\\tat ") || line.startsWith("\tat "));
    }

    @ParameterizedTest
    @MethodSource("units")
    @Order(6)
    void each_unit_with_an_empty_visitor_code_key_exits_naming_only_that_key(String unit) throws Exception {
        // A Secret created without its value: every other setting is the unit's real one, so the key alone is named.
        String module = ProductionSettings.UNIT_MODULES.get(unit);
        Map<String, String> environment = new LinkedHashMap<>(settings.get(module));
        environment.put("VISITOR_CODE_KEY", "");
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(FreePorts.one()));
        environment.put("ENDPOINTS_ALL_PORT", Integer.toString(FreePorts.one()));

        ProductionJar.Running jar = ProductionJar.of(module).start(environment, logs, "empty-key");
        int exit = jar.awaitExit(REFUSAL_TIMEOUT);

        List<String> stderr = Files.readAllLines(logs.resolve(module + "-empty-key.stderr.log"));
        assertThat(exit).isEqualTo(MISSING_SETTINGS_EXIT_CODE);
        assertThat(stderr).containsExactly(MISSING + "VISITOR_CODE_KEY");
    }

    @ParameterizedTest
    @MethodSource("modules")
    @Order(7)
    void each_deployment_sets_every_variable_its_service_requires(String module) throws IOException {
        Path file = RepoRoot.locate().resolve("k8s/base/services/" + module + ".yaml");
        Map<String, List<String>> deployments = deploymentVariables(file);

        // statistics-service.yaml holds two: the API replicas and the consumer, the same jar.
        assertThat(deployments).as(file.toString()).isNotEmpty();
        deployments.forEach((deployment, variables) -> assertThat(variables).as(deployment)
                .containsAll(settings.get(module).keySet()));
    }

    /** Each Deployment's name and the names of its container's variables. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> deploymentVariables(Path file) throws IOException {
        Map<String, List<String>> deployments = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                Map<String, Object> resource = (Map<String, Object>) document;
                if (resource != null && "Deployment".equals(resource.get("kind"))) {
                    String name = (String) ((Map<String, Object>) resource.get("metadata")).get("name");
                    Map<String, Object> spec = (Map<String, Object>) resource.get("spec");
                    Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec.get("template"))
                            .get("spec");
                    List<Map<String, Object>> containers = (List<Map<String, Object>>) pod.get("containers");
                    List<Map<String, Object>> env = (List<Map<String, Object>>) containers.get(0).get("env");
                    deployments.put(name, env.stream().map(variable -> (String) variable.get("name")).toList());
                }
            }
        }
        return deployments;
    }

    private HttpResponse<String> get(String module, String path, String token) throws Exception {
        return get(module, path, token, "application/json");
    }

    private HttpResponse<String> get(String module, String path, String token, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(module) + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", accept).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Stream<String> modules() {
        return MODULES.stream();
    }

    static Stream<String> units() {
        return ProductionSettings.UNIT_MODULES.keySet().stream();
    }
}
