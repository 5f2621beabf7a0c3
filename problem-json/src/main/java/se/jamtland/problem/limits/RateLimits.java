package se.jamtland.problem.limits;

import io.micronaut.context.annotation.Context;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every configured limit and every client's bucket. Created when the service starts ({@code @Context}), so a
 * limit configured as 0 or below stops the start with a message naming the property, instead of refusing every
 * request later.
 */
@Context
public class RateLimits {

    private final List<RateLimitConfiguration> limits;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(List<RateLimitConfiguration> limits) {
        limits.forEach(RateLimitConfiguration::requireSane);
        this.limits = List.copyOf(limits);
    }

    /**
     * Takes one request from every limit that applies.
     *
     * @param address      the client's address, its key for the public budget
     * @param suiteService the verified suite service asking, if it is one: its own key and budget where the
     *                     limit has a suite budget
     * @return false if any applicable limit is used up
     */
    public boolean tryTake(String method, String path, String address, Optional<String> suiteService, long nowNanos) {
        return tryTake(method, path, address, suiteService, Optional.empty(), nowNanos);
    }

    /**
     * As {@link #tryTake(String, String, String, Optional, long)}, and a limit {@code keyed-by: client} counts
     * the verified client, when there is one, instead of the address.
     *
     * @param client the verified client id (the token's subject), if the request has a verified token
     */
    public boolean tryTake(String method, String path, String address, Optional<String> suiteService,
                           Optional<String> client, long nowNanos) {
        return refusing(method, path, address, suiteService, client, nowNanos).isEmpty();
    }

    /**
     * As {@link #tryTake(String, String, String, Optional, Optional, long)}, naming the limit that refused.
     *
     * @return the name of the first applicable limit that is used up (a configuration key, e.g. "intake"), or
     *         empty if the request may go on
     */
    public Optional<String> refusing(String method, String path, String address, Optional<String> suiteService,
                                     Optional<String> client, long nowNanos) {
        Optional<String> refused = Optional.empty();
        for (RateLimitConfiguration limit : limits) {
            if (!limit.applies(method, path)) {
                continue;
            }
            boolean ownBudget = suiteService.isPresent() && limit.hasSuiteBudget();
            boolean byClient = client.isPresent() && limit.getKeyedBy() == RateLimitConfiguration.KeyedBy.CLIENT;
            String key = ownBudget ? limit.getName() + "|suite|" + suiteService.get()
                    : byClient ? limit.getName() + "|client|" + client.get()
                    : limit.getName() + "|address|" + address;
            TokenBucket bucket = buckets.computeIfAbsent(key, ignored -> ownBudget
                    ? new TokenBucket(limit.getSuitePerSecond(), limit.getSuiteBurst(), nowNanos)
                    : new TokenBucket(limit.getPerSecond(), limit.getBurst(), nowNanos));
            // Every applicable limit takes its token, as before: one refusing does not spare the others.
            if (!bucket.tryTake(nowNanos) && refused.isEmpty()) {
                refused = Optional.of(limit.getName());
            }
        }
        return refused;
    }

    /** Buckets of clients quiet for longer than {@code idleNanos} are dropped, so the map cannot grow without end. */
    void forgetIdle(long nowNanos, long idleNanos) {
        buckets.values().removeIf(bucket -> bucket.idleSince(nowNanos, idleNanos));
    }
}
