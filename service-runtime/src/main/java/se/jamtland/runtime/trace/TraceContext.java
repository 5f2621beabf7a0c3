package se.jamtland.runtime.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} (version 00): {@code 00-<trace id>-<parent id>-<flags>}. Since issue 16
 * §2 the ids are OpenTelemetry's: every service's server span (micronaut-tracing) continues a valid caller's trace,
 * so the case system's, the gateway's and the unit's log lines and spans share one trace id; each answers with its
 * own span id, and the gateway's and the outbox's spans are parents of the next hop's.
 */
public record TraceContext(String traceId, String spanId, String flags) {

    public static final String HEADER = "traceparent";
    /** The MDC key of the trace id in every log line written while a request is handled. */
    public static final String MDC_KEY = "traceId";

    // Version 00 only, lower-case hex (W3C Trace Context, 3.2.2); a later version is read as 00 would not be.
    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String INVALID_TRACE_ID = "0".repeat(32);
    private static final String INVALID_SPAN_ID = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The caller's header, if it is a valid one; anything else (too long, upper-case, all zeros) is none. */
    public static Optional<TraceContext> parse(String header) {
        if (header == null || header.length() != 55) {
            return Optional.empty();
        }
        var match = FORMAT.matcher(header);
        if (!match.matches() || match.group(1).equals(INVALID_TRACE_ID) || match.group(2).equals(INVALID_SPAN_ID)) {
            return Optional.empty();
        }
        return Optional.of(new TraceContext(match.group(1), match.group(2), match.group(3)));
    }

    /** A span's context, if it is a real one (not OpenTelemetry's invalid span, as outside any span). */
    public static Optional<TraceContext> of(SpanContext span) {
        if (!span.isValid()) {
            return Optional.empty();
        }
        return Optional.of(new TraceContext(span.getTraceId(), span.getSpanId(), span.getTraceFlags().asHex()));
    }

    /** The span current on this thread, if any: the request's server span, or a consumer's span. */
    public static Optional<TraceContext> current() {
        return of(Span.current().getSpanContext());
    }

    /**
     * A new trace, for a request no span was started for (a path tracing leaves out, such as /health): sampled
     * flag off, as nothing records it beyond logs.
     */
    public static TraceContext fresh() {
        return new TraceContext(randomHex(16), randomHex(8), "00");
    }

    /** This context as the parent of a span started apart from the request's thread: an upstream call, an event. */
    public Context asParent() {
        return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(traceId, spanId,
                TraceFlags.fromHex(flags, 0), TraceState.getDefault())));
    }

    public String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        do {
            RANDOM.nextBytes(value);
        } while (allZero(value));
        return HexFormat.of().formatHex(value);
    }

    private static boolean allZero(byte[] value) {
        for (byte b : value) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
