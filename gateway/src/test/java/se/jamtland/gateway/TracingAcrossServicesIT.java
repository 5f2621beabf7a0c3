package se.jamtland.gateway;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.runtime.trace.TraceContext;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.TestIdp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 §2, end to end with real exporters: the gateway (this JVM) exports its spans with OpenTelemetry's logging
 * exporter, read here from its java.util.logging logger; minimaria-service and statistics-service (child JVMs,
 * GatewayUpstreams) export theirs the same way into their output. A case system's trace id goes through the gateway
 * into the unit's log line and span, through the outbox's Kafka header into the statistics consumer's span; and no
 * exported span, in any of the three, carries a path's or a query's value.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingAcrossServicesIT implements TestPropertyProvider {

    private static final String OSTERSUND = "2380";

    /** Held here: java.util.logging keeps loggers only weakly, and the handler must stay on this one. */
    private final Logger exporterLog = Logger.getLogger(LoggingSpanExporter.class.getName());
    private final List<String> gatewaySpans = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            gatewaySpans.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = GatewayUpstreams.gatewayProperties();
        properties.put("otel.traces.exporter", "logging");
        return properties;
    }

    @BeforeAll
    void captureTheGatewaysSpans() {
        exporterLog.addHandler(capture);
    }

    @AfterAll
    void stopCapturing() {
        exporterLog.removeHandler(capture);
    }

    @Test
    void a_trace_id_sent_to_the_gateway_is_in_the_units_log_line_and_in_the_statistics_consumers_span()
            throws Exception {
        String traceId = newTraceId();
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";

        HttpResponse<String> sent = viaGateway("POST", "/api/v1/remisser",
                RemissFlowIT.remiss(Canaries.personnummer(22, "FEMALE", 5), "Spårad remiss."), traceparent);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String id = (String) json.readValue(sent.body(), Map.class).get("id");

        // The unit's request line and the unit's server span, both under the case system's trace id.
        String unitsLine = "[" + traceId.substring(0, 8) + "] request POST /case-system/remisser -> 201 in ";
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(lines(GatewayUpstreams.minimariaLog())).anySatisfy(line -> assertThat(line).contains(unitsLine));
            assertThat(lines(GatewayUpstreams.minimariaLog())).anySatisfy(line -> assertThat(line)
                    .contains("'POST /case-system/remisser' : " + traceId, "SERVER"));
        });
        assertThat(gatewaySpans).anySatisfy(span -> assertThat(span)
                .contains("'POST /api/v1/remisser' : " + traceId, "SERVER"));
        assertThat(gatewaySpans).anySatisfy(span -> assertThat(span)
                .contains("'POST /api/v1/remisser' : " + traceId, "CLIENT", "peer.service=", "minimaria"));

        // No route of the gateway writes an activity event (it sends remisser and reads): the event is the case
        // the unit opens when staff accept the remiss, a request that continues the same trace.
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(
                        URI.create(GatewayUpstreams.minimariaUrl() + "/remisser/" + id + "/acceptance"))
                .header("Authorization", "Bearer " + TestIdp.staff("minimaria"))
                .header("Content-Type", "application/json")
                .header(TraceContext.HEADER, traceparent)
                .POST(HttpRequest.BodyPublishers.ofString("{\"startDate\":\"2025-09-15\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(GatewayUpstreams.minimariaDatabase().count("outbox WHERE traceparent LIKE '00-" + traceId + "-%'"))
                .as("the case's event, stored with the request's traceparent").isEqualTo(1);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(lines(GatewayUpstreams.statisticsLog())).anySatisfy(line -> assertThat(line)
                        .contains("'process county.activity.v1' : " + traceId, "CONSUMER",
                                "messaging.system=", "kafka")));
    }

    @Test
    void no_exported_span_carries_a_path_value_or_a_query_value() throws Exception {
        String traceId = newTraceId();
        String plantedId = "minimaria-" + UUID.randomUUID();
        String plantedQuery = "planted" + UUID.randomUUID().toString().replace("-", "");

        HttpResponse<String> byId = viaGateway("GET", "/api/v1/remisser/" + plantedId, null,
                "00-" + traceId + "-00f067aa0ba902b7-01");
        HttpResponse<String> withQuery = viaGateway("GET", "/api/v1/statistics?groupBy=kommun&insats=" + plantedQuery,
                null, "00-" + traceId + "-b7ad6b7169203331-01");
        assertThat(byId.statusCode()).isEqualTo(404);
        assertThat(withQuery.statusCode()).isLessThan(500);

        // Each hop exported its spans of this trace, named by route templates.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(gatewaySpans).anySatisfy(span -> assertThat(span)
                    .contains("'GET /api/v1/remisser/{id}' : " + traceId));
            assertThat(gatewaySpans).anySatisfy(span -> assertThat(span)
                    .contains("'GET /api/v1/statistics' : " + traceId));
            assertThat(lines(GatewayUpstreams.minimariaLog())).anySatisfy(line -> assertThat(line)
                    .contains("'GET /case-system/remisser/{id}' : " + traceId));
            assertThat(lines(GatewayUpstreams.statisticsLog())).anySatisfy(line -> assertThat(line)
                    .contains(" : " + traceId, "SERVER"));
        });
        assertThat(gatewaySpans).noneMatch(span -> span.contains(plantedId) || span.contains(plantedQuery)
                || span.contains("url.full") || span.contains("url.path") || span.contains("url.query")
                || span.contains("user_agent") || span.contains("client.address"));
        for (Path log : List.of(GatewayUpstreams.minimariaLog(), GatewayUpstreams.statisticsLog())) {
            assertThat(lines(log)).as(log.toString()).filteredOn(line -> line.contains(traceId))
                    .isNotEmpty()
                    .noneMatch(line -> line.contains(plantedId) || line.contains(plantedQuery)
                            || line.contains("url.full") || line.contains("url.path") || line.contains("url.query"));
        }
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static List<String> lines(Path log) throws Exception {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> viaGateway(String method, String path, String body, String traceparent)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Authorization", "Bearer " + TestIdp.caseSystem(OSTERSUND))
                .header(TraceContext.HEADER, traceparent)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", "trace-" + UUID.randomUUID());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
