package se.jamtland.gateway;

import com.sun.net.httpserver.HttpServer;
import se.jamtland.devstack.ChildService;
import se.jamtland.testinfra.DatabaseServer;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.TestInfrastructure;
import se.jamtland.testsupport.ChildServices;
import se.jamtland.testsupport.Database;
import se.jamtland.testsupport.RealEligibilityService;
import se.jamtland.testsupport.TestIdp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The services behind the gateway, once per test JVM: the real eligibility-service, minimaria-service (its own
 * database) and statistics-service (its own database, the test broker) as child JVMs, as devstack starts them.
 * cmv and barnahus point at a port nothing listens on (a unit that is down). familjeradgivning is a small
 * recording server: it is the only way to see what the gateway sends upstream (the trace context, the caller's
 * own token), and it answers as a unit with no aktualiseringar. minimaria and statistics export their spans with
 * OpenTelemetry's logging exporter into their output (issue 16 §2), where TracingAcrossServicesIT reads them.
 */
public final class GatewayUpstreams {

    /** What the recording unit received: one map of header names (lower-case) to values per request. */
    public static final List<Map<String, String>> RECEIVED_BY_FAMILJERADGIVNING = new CopyOnWriteArrayList<>();

    /** The standard OpenTelemetry setting, as production sets it (there: otlp). */
    private static final String TRACES_EXPORTER = "OTEL_TRACES_EXPORTER";

    private static Map<String, String> properties;
    private static Database minimariaDb;
    private static Database statisticsDb;
    private static String minimariaUrl;
    private static Path minimariaLog;
    private static Path statisticsLog;

    private GatewayUpstreams() {
    }

    /** Properties that make a gateway in this JVM trust the test IdP and call these upstreams. */
    public static synchronized Map<String, String> gatewayProperties() {
        if (properties == null) {
            properties = start();
        }
        Map<String, String> copy = new HashMap<>(properties);
        copy.put("micronaut.server.port", "-1");
        return copy;
    }

    public static synchronized Database minimariaDatabase() {
        gatewayProperties();
        return minimariaDb;
    }

    /** minimaria-service itself, for what its staff do (accept a remiss, register an aktualisering). */
    public static synchronized String minimariaUrl() {
        gatewayProperties();
        return minimariaUrl;
    }

    /** minimaria-service's output, one readable line per event (as devstack starts it). */
    public static synchronized Path minimariaLog() {
        gatewayProperties();
        return minimariaLog;
    }

    /** statistics-service's output: its consumer's spans, among its log lines. */
    public static synchronized Path statisticsLog() {
        gatewayProperties();
        return statisticsLog;
    }

    public static synchronized Database statisticsDatabase() {
        gatewayProperties();
        return statisticsDb;
    }

    private static Map<String, String> start() {
        DatabaseServer server = TestInfrastructure.mariaDb();
        String kafka = TestInfrastructure.kafka().bootstrapServers();
        String minimariaJdbc = server.createDatabase("minimaria_gateway_e2e");
        minimariaDb = new Database(minimariaJdbc, server.username(), server.password());
        String statisticsUrl = server.createDatabase("statistics_gateway_e2e");
        statisticsDb = new Database(statisticsUrl, server.username(), server.password());
        String eligibility = RealEligibilityService.url();
        ChildService minimaria = ChildServices.start("minimaria-service", Map.of(
                "DATASOURCES_DEFAULT_URL", minimariaJdbc, "DATASOURCES_DEFAULT_USERNAME", server.username(),
                "DATASOURCES_DEFAULT_PASSWORD", server.password(), "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "ELIGIBILITY_URL", eligibility, "VISITOR_CODE_KEY", "dev-only-visitor-code-key-of-the-gateway-e2e",
                TRACES_EXPORTER, "logging"));
        ChildService statistics = ChildServices.start("statistics-service", Map.of(
                "DATASOURCES_DEFAULT_URL", statisticsUrl, "DATASOURCES_DEFAULT_USERNAME", server.username(),
                "DATASOURCES_DEFAULT_PASSWORD", server.password(), "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "ELIGIBILITY_URL", eligibility, TRACES_EXPORTER, "logging"));
        minimariaUrl = minimaria.baseUrl();
        minimariaLog = Path.of(minimaria.log());
        statisticsLog = Path.of(statistics.log());
        String down = "http://127.0.0.1:" + FreePorts.one();

        Map<String, String> gateway = new HashMap<>(TestIdp.serviceProperties());
        gateway.put("gateway.upstreams.eligibility.url", eligibility);
        gateway.put("gateway.upstreams.minimaria.url", minimaria.baseUrl());
        gateway.put("gateway.upstreams.statistics.url", statistics.baseUrl());
        gateway.put("gateway.upstreams.familjeradgivning.url", recordingUnit());
        gateway.put("gateway.upstreams.cmv.url", down);
        gateway.put("gateway.upstreams.barnahus.url", down);
        return gateway;
    }

    private static String recordingUnit() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                headers.put(":path", exchange.getRequestURI().getPath());
                RECEIVED_BY_FAMILJERADGIVNING.add(headers);
                byte[] body = "{\"aktualiseringar\":[]}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "recording-unit-stop"));
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
