package se.jamtland.problem.limits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.annotation.Scheduled;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemInstance;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Per-client rate limits on the routes that do real work (intake, statistics, public decisions), so a flood
 * gets 429 answers instead of taking the service down; /health is never limited. Clients are told apart by
 * address until authentication (issue: security) gives a better key.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RateLimitFilter implements Ordered {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final List<RateLimitConfiguration> limits;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimitFilter(List<RateLimitConfiguration> limits) {
        this.limits = List.copyOf(limits);
    }

    /** @return a 429 answer, or null to let the request through */
    @RequestFilter
    @Nullable
    public MutableHttpResponse<Problem> limit(HttpRequest<?> request) {
        String method = request.getMethodName();
        String path = request.getPath();
        long now = System.nanoTime();
        for (RateLimitConfiguration limit : limits) {
            if (limit.applies(method, path)) {
                String key = limit.getName() + "|" + client(request);
                TokenBucket bucket = buckets.computeIfAbsent(key,
                        ignored -> new TokenBucket(limit.getPerSecond(), limit.getBurst(), now));
                if (!bucket.tryTake(now)) {
                    return HttpResponse.<Problem>status(HttpStatus.TOO_MANY_REQUESTS)
                            .contentType(Problem.MEDIA_TYPE)
                            .header("Retry-After", "1")
                            .body(new Problem("urn:jamtland:lansverksamheter:problem:too-many-requests",
                                    "För många förfrågningar", 429,
                                    "För många förfrågningar från samma klient på kort tid. Vänta en stund och "
                                            + "försök igen.", ProblemInstance.of(request, 429), null));
                }
            }
        }
        return null;
    }

    /** Buckets of clients that went quiet are dropped, so the map cannot grow without end. */
    @Scheduled(fixedDelay = "1m")
    void forgetIdleClients() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.idleSince(now, IDLE_NANOS));
    }

    private static String client(HttpRequest<?> request) {
        InetSocketAddress address = request.getRemoteAddress();
        return address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
