package se.jamtland.unit;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.problem.ProblemInstance;
import se.jamtland.runtime.trace.TraceContext;
import se.jamtland.runtime.trace.TraceContextFilter;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.unit.testing.CapturedLogs;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correlation (issue 12, 3) in a unit service, Mini-Maria standing for every service (the filter is
 * service-runtime's): a caller's trace id comes back in {@code traceparent} and is in the MDC of the request's log
 * lines, the filter's own request line and a line the service writes while handling the request (a problem's);
 * a malformed header is replaced, never repeated; a request without one never inherits an earlier request's id.
 */
@MicronautTest(environments = "unit", transactional = false)
class TraceIdInLogLinesIT extends UnitServiceTestBase {

    TraceIdInLogLinesIT() {
        super("minimaria", "unit_core_trace_ids");
    }

    /** The answer, 2xx or not, to a staff member's GET, with these headers. */
    private HttpResponse<?> get(String path, String traceparent) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).bearerAuth(TestIdp.staff("minimaria"));
        if (traceparent != null) {
            request.header(TraceContext.HEADER, traceparent);
        }
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException refused) {
            return refused.getResponse();
        }
    }

    private static TraceContext returned(HttpResponse<?> answer) {
        return TraceContext.parse(answer.header(TraceContext.HEADER)).orElseThrow();
    }

    private static List<ILoggingEvent> linesOf(CapturedLogs logs, Class<?> logger) {
        return logs.events().stream().filter(event -> event.getLoggerName().equals(logger.getName())).toList();
    }

    @Test
    void a_callers_trace_id_comes_back_and_is_in_every_log_line_of_its_request() {
        String sent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String unknown = "minimaria-" + UUID.randomUUID();
        HttpResponse<?> answer;
        try (CapturedLogs logs = new CapturedLogs()) {
            answer = get("/remisser/" + unknown, sent);

            assertThat(linesOf(logs, TraceContextFilter.class)).singleElement().satisfies(line -> {
                assertThat(line.getFormattedMessage()).isEqualTo(
                        "request GET /remisser/{id} -> 404 in " + line.getArgumentArray()[3] + " ms");
                assertThat(line.getMDCPropertyMap()).containsEntry(TraceContext.MDC_KEY,
                        "4bf92f3577b34da6a3ce929d0e0e4736");
            });
            // Written by the service's own error handling, on the thread the request ran on, not by the filter.
            assertThat(linesOf(logs, ProblemInstance.class)).singleElement().satisfies(line -> assertThat(
                    line.getMDCPropertyMap()).containsEntry(TraceContext.MDC_KEY, "4bf92f3577b34da6a3ce929d0e0e4736"));
            assertThat(logs.lines()).noneMatch(line -> line.contains(unknown) || line.contains(sent));
        }

        assertThat(answer.code()).isEqualTo(404);
        assertThat(returned(answer).traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(returned(answer).spanId()).as("the unit's own span").isNotEqualTo("00f067aa0ba902b7");
    }

    @Test
    void a_malformed_traceparent_is_replaced_by_a_new_trace_and_never_repeated() {
        String malformed = "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01";
        HttpResponse<?> answer;
        try (CapturedLogs logs = new CapturedLogs()) {
            answer = get("/remisser", malformed);

            String traceId = returned(answer).traceId();
            assertThat(traceId).isNotEqualToIgnoringCase("4BF92F3577B34DA6A3CE929D0E0E4736");
            assertThat(linesOf(logs, TraceContextFilter.class)).singleElement().satisfies(line -> assertThat(
                    line.getMDCPropertyMap()).containsEntry(TraceContext.MDC_KEY, traceId));
            assertThat(logs.lines()).noneMatch(line -> line.toLowerCase().contains("4bf92f3577b34da6a3ce929d0e0e4736"));
        }
        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.header(TraceContext.HEADER)).doesNotContainIgnoringCase("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void a_request_without_a_traceparent_gets_a_trace_of_its_own_never_the_previous_requests() {
        try (CapturedLogs logs = new CapturedLogs()) {
            HttpResponse<?> traced = get("/remisser", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
            HttpResponse<?> untraced = get("/remisser", null);

            String own = returned(untraced).traceId();
            assertThat(returned(traced).traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
            assertThat(own).isNotEqualTo("0af7651916cd43dd8448eb211c80319c");
            assertThat(linesOf(logs, TraceContextFilter.class)).extracting(line -> line.getMDCPropertyMap()
                    .get(TraceContext.MDC_KEY)).containsExactly("0af7651916cd43dd8448eb211c80319c", own);
        }
    }
}
