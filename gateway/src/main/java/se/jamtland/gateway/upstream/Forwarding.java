package se.jamtland.gateway.upstream;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.runtime.trace.TraceContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends one call to an upstream and reads its whole answer, within the upstream's timeouts and through its
 * circuit breaker. Blocking: controllers call it on the blocking executor. Each call is a CLIENT span, child of
 * the request's server span and named by the gateway's route template, whose {@code traceparent} the upstream
 * continues (issue 16 §2; java.net.http is not instrumented, so the gateway sends it itself). It logs one line per
 * call with the upstream, the route template, the status and the time: never a path's values, a query, a header's
 * value or a body.
 */
@Singleton
public class Forwarding {

    private static final Logger LOG = LoggerFactory.getLogger(Forwarding.class);
    private static final Pattern PROBLEM_INSTANCE = Pattern.compile(
            "\"instance\"\\s*:\\s*\"(urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

    private final Map<String, HttpClient> clients = new java.util.concurrent.ConcurrentHashMap<>();
    private final Tracer tracer;

    public Forwarding(Tracer tracer) {
        this.tracer = tracer;
    }

    public UpstreamAnswer send(Upstreams.Upstream upstream, UpstreamCall call, TraceContext trace) {
        Span span = tracer.spanBuilder(call.method() + " " + call.route()).setSpanKind(SpanKind.CLIENT)
                .setParent(trace.asParent())
                .setAttribute("http.request.method", call.method())
                .setAttribute("url.template", call.route())
                .setAttribute("peer.service", upstream.name())
                .startSpan();
        try {
            UpstreamAnswer answer = sendWithin(upstream, call, TraceContext.of(span.getSpanContext()).orElse(trace));
            span.setAttribute("http.response.status_code", answer.status());
            if (answer.status() >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            return answer;
        } catch (UpstreamUnavailable unavailable) {
            span.setAttribute("error.type", unavailable.why().name());
            span.setStatus(StatusCode.ERROR);
            throw unavailable;
        } finally {
            span.end();
        }
    }

    private UpstreamAnswer sendWithin(Upstreams.Upstream upstream, UpstreamCall call, TraceContext callsSpan) {
        long started = System.nanoTime();
        CircuitBreaker circuit = upstream.circuit();
        if (!circuit.allowsCall(started)) {
            LOG.warn("upstream {} {} {}: circuit open, not called", upstream.name(), call.method(), call.route());
            throw new UpstreamUnavailable(upstream.name(), UpstreamUnavailable.Why.CIRCUIT_OPEN,
                    circuit.secondsUntilRetry(started));
        }
        UpstreamConfiguration configuration = upstream.configuration();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(configuration.getUrl() + call.path()))
                .timeout(configuration.getTimeout())
                .header(TraceContext.HEADER, callsSpan.header())
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(request::header);
        try {
            HttpResponse<byte[]> response = client(configuration).send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (response.statusCode() >= 500) {
                circuit.failed(System.nanoTime());
            } else {
                circuit.succeeded();
            }
            LOG.info("upstream {} {} {} -> {} in {} ms{}", upstream.name(), call.method(), call.route(),
                    response.statusCode(), millis, problemInstance(response));
            return new UpstreamAnswer(response.statusCode(), response.headers().firstValue("Content-Type"),
                    passedOn(response), response.body());
        } catch (HttpConnectTimeoutException e) {
            throw failed(upstream, call, UpstreamUnavailable.Why.UNREACHABLE);
        } catch (HttpTimeoutException e) {
            throw failed(upstream, call, UpstreamUnavailable.Why.TIMEOUT);
        } catch (IOException e) {
            throw failed(upstream, call, UpstreamUnavailable.Why.UNREACHABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(upstream, call, UpstreamUnavailable.Why.UNREACHABLE);
        }
    }

    private static UpstreamUnavailable failed(Upstreams.Upstream upstream, UpstreamCall call,
                                              UpstreamUnavailable.Why why) {
        long now = System.nanoTime();
        upstream.circuit().failed(now);
        LOG.warn("upstream {} {} {}: {}", upstream.name(), call.method(), call.route(), why);
        return new UpstreamUnavailable(upstream.name(), why, upstream.circuit().secondsUntilRetry(now));
    }

    /**
     * An upstream's problem is passed on as it came, its {@code instance} (an opaque {@code urn:uuid}, never a
     * value of the request) the upstream's log line's: named in the gateway's line too, so support finds the
     * request from what a case system shows in either log.
     */
    private static String problemInstance(HttpResponse<byte[]> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "";
        }
        Matcher instance = PROBLEM_INSTANCE.matcher(new String(response.body(), StandardCharsets.UTF_8));
        return instance.find() ? ", problem " + instance.group(1) : "";
    }

    private static Map<String, String> passedOn(HttpResponse<?> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : UpstreamAnswer.PASSED_ON) {
            Optional<String> value = response.headers().firstValue(name);
            value.ifPresent(v -> headers.put(name, v));
        }
        return headers;
    }

    private HttpClient client(UpstreamConfiguration configuration) {
        return clients.computeIfAbsent(configuration.getName(), name -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(configuration.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }
}
