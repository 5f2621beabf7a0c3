package se.jamtland.gateway.trace;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.MDC;

import java.util.Map;

/**
 * Correlation (issue 12, 3): every request gets a trace context before anything else runs, so a 401 or a 429
 * carries one too. A valid caller's {@code traceparent} is kept (its trace id), anything else is replaced by a new
 * trace; the answer carries the gateway's span; the trace id is in the MDC of every log line written for the
 * request, on whichever thread (Micronaut's propagated context). Nothing else about the request goes there.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class TraceContextFilter implements Ordered {

    private static final String ATTRIBUTE = TraceContext.class.getName();

    /** The gateway's own span of this request (its trace id is the caller's, when the caller sent a valid one). */
    public static TraceContext of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, TraceContext.class).orElseGet(TraceContext::fresh);
    }

    @RequestFilter
    public void start(HttpRequest<?> request, MutablePropagatedContext propagated) {
        TraceContext own = TraceContext.parse(request.getHeaders().get(TraceContext.HEADER))
                .map(TraceContext::child)
                .orElseGet(TraceContext::fresh);
        request.setAttribute(ATTRIBUTE, own);
        propagated.add(new MdcPropagationContext(Map.of(TraceContext.MDC_KEY, own.traceId())));
        // This thread's MDC may still hold another request's trace id: the propagated context sets it where the
        // request runs, the event loop's stays clean.
        MDC.remove(TraceContext.MDC_KEY);
    }

    @ResponseFilter
    public void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(TraceContext.HEADER, of(request).header());
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
