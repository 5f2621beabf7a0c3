package se.jamtland.problem.limits;

/**
 * A token bucket: {@code burst} requests at once, refilled at {@code perSecond}. Thread-safe.
 * <p>
 * A large limit means more, never none (issue 9, 5b). The refill is only ever added: a request that read the
 * clock before another one got the lock adds nothing, where it used to take away its lag × the rate (at a
 * million a second, a millisecond's lag is a thousand tokens: the whole burst). An infinite rate ({@code 1e400}
 * reads as one) refills to the burst, where {@code 0 × ∞} used to make the bucket NaN and refuse everything from
 * then on; a burst beyond what a double counts exactly simply never runs out.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long lastNanos;

    TokenBucket(double perSecond, long burst, long nowNanos) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("a token bucket needs a rate above 0 and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.capacity = burst;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    synchronized boolean tryTake(long nowNanos) {
        long elapsed = nowNanos - lastNanos;
        if (elapsed > 0) {
            // elapsed > 0 and perSecond > 0, so the refill is positive or +∞, and min() caps it: never NaN.
            tokens = Math.min(capacity, tokens + elapsed / NANOS_PER_SECOND * perSecond);
            lastNanos = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    synchronized boolean idleSince(long nowNanos, long idleNanos) {
        return nowNanos - lastNanos > idleNanos;
    }
}
