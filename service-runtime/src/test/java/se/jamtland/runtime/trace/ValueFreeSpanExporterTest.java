package se.jamtland.runtime.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueFreeSpanExporterTest {

    private static final String CASE_CODE = "MM-7K3Q-PLANTED";

    @Test
    void a_server_span_leaves_with_its_route_method_and_status_and_none_of_the_requests_values() {
        SpanData exported = exportOne(span -> span
                .setAttribute("http.request.method", "GET")
                .setAttribute("http.route", "/cases/{caseCode}")
                .setAttribute("http.response.status_code", 404L)
                .setAttribute("url.full", "http://unit/cases/" + CASE_CODE + "?kommun=2380")
                .setAttribute("url.path", "/cases/" + CASE_CODE)
                .setAttribute("url.query", "kommun=2380")
                .setAttribute("http.target", "/cases/" + CASE_CODE)
                .setAttribute("user_agent.original", "Mozilla/5.0 " + CASE_CODE)
                .setAttribute("client.address", "10.1.2.3")
                .setAttribute("network.peer.address", "10.1.2.3")
                .setAttribute("http.request.header.x_case", CASE_CODE)
                .setAttribute("db.statement", "SELECT * FROM cases WHERE code = '" + CASE_CODE + "'")
                .setAttribute("messaging.kafka.message.key", "minimaria|2380"));

        assertThat(exported.getName()).isEqualTo("GET /cases/{caseCode}");
        assertThat(exported.getAttributes().asMap()).extractingFromEntries(entry -> entry.getKey().getKey())
                .containsExactlyInAnyOrder("http.request.method", "http.route", "http.response.status_code");
        assertThat(exported.getTotalAttributeCount()).isEqualTo(3);
        assertThat(exported.toString()).doesNotContain(CASE_CODE, "2380", "10.1.2.3");
    }

    @Test
    void a_recorded_exception_and_a_status_description_do_not_leave_the_service() {
        SpanData exported = exportOne(span -> span
                .recordException(new IllegalArgumentException("no case " + CASE_CODE))
                .setStatus(StatusCode.ERROR, "no case " + CASE_CODE));

        assertThat(exported.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(exported.getEvents()).isEmpty();
        assertThat(exported.getTotalRecordedEvents()).isZero();
        assertThat(exported.toString()).doesNotContain(CASE_CODE);
    }

    private static SpanData exportOne(java.util.function.Consumer<Span> values) {
        InMemorySpanExporter memory = InMemorySpanExporter.create();
        try (SdkTracerProvider tracing = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(new ValueFreeSpanExporter(memory))).build()) {
            Span span = tracing.get("test").spanBuilder("GET /cases/{caseCode}").setSpanKind(SpanKind.SERVER)
                    .startSpan();
            values.accept(span);
            span.end();
            // Read before the provider closes: shutting the exporter down empties it.
            assertThat(memory.getFinishedSpanItems()).hasSize(1);
            return memory.getFinishedSpanItems().get(0);
        }
    }
}
