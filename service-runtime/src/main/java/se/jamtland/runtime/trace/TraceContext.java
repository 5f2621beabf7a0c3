package se.jamtland.runtime.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} (version 00): {@code 00-<trace id>-<parent id>-<flags>}. Every service
 * keeps a caller's trace id (TraceContextFilter), so the case system's, the gateway's and the unit's log lines
 * share it; each answers with its own span id, and the gateway gives each upstream call a span id of its own.
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

    /** A new trace, for a request without a valid header: sampled flag off, as nothing records it beyond logs. */
    public static TraceContext fresh() {
        return new TraceContext(randomHex(16), randomHex(8), "00");
    }

    /** The same trace with a span id of its own: the gateway's own span, or one upstream call. */
    public TraceContext child() {
        return new TraceContext(traceId, randomHex(8), flags);
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
