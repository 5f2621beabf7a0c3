package se.jamtland.gateway.upstream;

/**
 * An upstream gave no answer: not reachable, its circuit open, or too slow. Answered as a 503 or 504 problem
 * ({@link UpstreamProblems}), never as a 500, and nothing of the request is kept.
 */
public final class UpstreamUnavailable extends RuntimeException {

    public enum Why { UNREACHABLE, CIRCUIT_OPEN, TIMEOUT }

    private final String upstream;
    private final Why why;
    private final long retryAfterSeconds;

    public UpstreamUnavailable(String upstream, Why why, long retryAfterSeconds) {
        super(upstream + " " + why, null, false, false);
        this.upstream = upstream;
        this.why = why;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String upstream() {
        return upstream;
    }

    public Why why() {
        return why;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
