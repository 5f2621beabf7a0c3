package se.jamtland.runtime.trace;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import se.jamtland.runtime.RouteTemplate;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Correlation (issue 12, 3), in every service: each request gets a trace context before security runs, so a
 * 401 or a 429 carries one too. Since issue 16 §2 it is the server span micronaut-tracing's filter started just
 * before this one (TRACING phase): OpenTelemetry's W3C propagator continues a valid caller's {@code traceparent}
 * (its trace id; the gateway passes its own to the units) and starts a new trace for anything else, never
 * repeated; the answer carries this service's span. One trace id in spans and log lines, not two systems. The trace id is in the MDC of every log line written for the request, on whichever thread
 * (Micronaut's propagated context, which sets and restores the MDC where the request runs, the event loop or the
 * blocking executor), and the filter writes one line per request: method, route template, status and time. Never
 * a path's values, a query string, a body or any other header's value: they can carry identity.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class TraceContextFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(TraceContextFilter.class);
    private static final String ATTRIBUTE = TraceContext.class.getName();
    private static final String STARTED = TraceContextFilter.class.getName() + ".started";
    /** Polled by devstack, the tests and any orchestrator: a line each time would drown the requests. */
    private static final String HEALTH = "/health";

    /** This service's own span of this request (its trace id is the caller's, when the caller sent a valid one). */
    public static TraceContext of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, TraceContext.class).orElseGet(TraceContext::fresh);
    }

    @RequestFilter
    public void start(HttpRequest<?> request, MutablePropagatedContext propagated) {
        // No span where tracing leaves a path out (otel.exclusions: /health): a trace for the log lines only.
        TraceContext own = TraceContext.current().orElseGet(TraceContext::fresh);
        request.setAttribute(ATTRIBUTE, own);
        request.setAttribute(STARTED, System.nanoTime());
        propagated.add(new MdcPropagationContext(Map.of(TraceContext.MDC_KEY, own.traceId())));
        // This thread's MDC may still hold another request's trace id: the propagated context sets it where the
        // request runs, the event loop's stays clean.
        MDC.remove(TraceContext.MDC_KEY);
    }

    @ResponseFilter
    public void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        TraceContext own = of(request);
        response.getHeaders().set(TraceContext.HEADER, own.header());
        // The response filter may run outside the request's propagated context (on the event loop, after the
        // controller's thread): the request's line gets its trace id here, and the thread is left as it was.
        String before = MDC.get(TraceContext.MDC_KEY);
        MDC.put(TraceContext.MDC_KEY, own.traceId());
        try {
            logRequest(request, response.code());
        } finally {
            if (before == null) {
                MDC.remove(TraceContext.MDC_KEY);
            } else {
                MDC.put(TraceContext.MDC_KEY, before);
            }
        }
    }

    private static void logRequest(HttpRequest<?> request, int status) {
        long millis = request.getAttribute(STARTED, Long.class)
                .map(started -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                .orElse(0L);
        String route = RouteTemplate.of(request);
        String line = "request {} {} -> {} in {} ms";
        if (HEALTH.equals(route)) {
            LOG.debug(line, request.getMethodName(), route, status, millis);
        } else {
            LOG.info(line, request.getMethodName(), route, status, millis);
        }
    }

    @Override
    public int getOrder() {
        // Right after micronaut-tracing's server filter, whose span this reads; before security and rate limits.
        return ServerFilterPhase.TRACING.after();
    }
}
