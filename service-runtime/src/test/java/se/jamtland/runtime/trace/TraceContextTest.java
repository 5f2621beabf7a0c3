package se.jamtland.runtime.trace;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextTest {

    private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void a_valid_traceparent_is_read_as_sent() {
        assertThat(TraceContext.parse(VALID)).hasValue(
                new TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0\u0000"})
    void anything_but_a_version_00_traceparent_with_non_zero_ids_is_none(String header) {
        assertThat(TraceContext.parse(header)).isEmpty();
    }

    // Was child(): the gateway made up a span id per upstream call. Since issue 16 §2 a real span is started under
    // the caller's context (asParent), so the same promise is now held of OpenTelemetry's span.
    @Test
    void a_span_started_under_a_context_keeps_its_trace_id_and_flags_with_a_span_id_of_its_own() {
        TraceContext caller = TraceContext.parse(VALID).orElseThrow();
        try (SdkTracerProvider tracing = SdkTracerProvider.builder().build()) {
            Span span = tracing.get("test").spanBuilder("GET /cases/{caseCode}").setParent(caller.asParent())
                    .startSpan();

            TraceContext child = TraceContext.of(span.getSpanContext()).orElseThrow();
            span.end();

            assertThat(child.traceId()).isEqualTo(caller.traceId());
            assertThat(child.flags()).isEqualTo("01");
            assertThat(child.spanId()).isNotEqualTo(caller.spanId());
            assertThat(TraceContext.parse(child.header())).hasValue(child);
        }
    }

    @Test
    void outside_any_span_there_is_no_current_context() {
        assertThat(TraceContext.current()).isEmpty();
    }

    @Test
    void a_fresh_trace_is_a_valid_traceparent_and_another_each_time() {
        TraceContext first = TraceContext.fresh();

        assertThat(TraceContext.parse(first.header())).hasValue(first);
        assertThat(TraceContext.fresh().traceId()).isNotEqualTo(first.traceId());
    }
}
