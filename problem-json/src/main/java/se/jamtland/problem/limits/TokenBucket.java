package se.jamtland.problem.limits;

/** A token bucket: {@code burst} requests at once, refilled at {@code perSecond}. Thread-safe. */
final class TokenBucket {

    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long lastNanos;

    TokenBucket(double perSecond, int burst, long nowNanos) {
        this.perSecond = perSecond;
        this.capacity = burst;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    synchronized boolean tryTake(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) / 1e9 * perSecond);
        lastNanos = nowNanos;
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
