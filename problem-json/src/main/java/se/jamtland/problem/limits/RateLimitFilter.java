package se.jamtland.problem.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.annotation.Scheduled;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemInstance;
import se.jamtland.runtime.metrics.SuiteMeters;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Per-client rate limits on the routes that do real work (intake, statistics, public decisions), so a flood
 * gets 429 answers instead of taking the service down; /health is never limited. Clients are told apart by
 * address, except verified services of the suite ({@link SuiteCallers}), which have a budget of their own, and
 * verified clients where a limit is keyed by client ({@link VerifiedClients}).
 * Runs just after the security filter, so a verified token is known; on a route that needs a token, a caller
 * without a valid one is refused there (401) before it is counted.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RateLimitFilter implements Ordered {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final RateLimits limits;
    @Nullable
    private final SuiteCallers suiteCallers;
    @Nullable
    private final VerifiedClients verifiedClients;
    @Nullable
    private final MeterRegistry registry;

    public RateLimitFilter(RateLimits limits, @Nullable SuiteCallers suiteCallers,
                           @Nullable VerifiedClients verifiedClients, @Nullable MeterRegistry registry) {
        this.limits = limits;
        this.suiteCallers = suiteCallers;
        this.verifiedClients = verifiedClients;
        this.registry = registry;
    }

    /** @return a 429 answer, or null to let the request through */
    @RequestFilter
    @Nullable
    public MutableHttpResponse<Problem> limit(HttpRequest<?> request) {
        Optional<String> suiteService = suiteCallers == null ? Optional.empty() : suiteCallers.serviceOf(request);
        Optional<String> client = verifiedClients == null ? Optional.empty() : verifiedClients.clientOf(request);
        Optional<String> refusing = limits.refusing(request.getMethodName(), request.getPath(), address(request),
                suiteService, client, System.nanoTime());
        if (refusing.isEmpty()) {
            return null;
        }
        if (registry != null) {
            // Issue 16 §2: by the limit's configured name only, never the client or the path.
            Counter.builder(SuiteMeters.RATE_LIMIT_REFUSALS).description("Requests a rate limit refused (429)")
                    .tag(SuiteMeters.LIMIT, refusing.get()).register(registry).increment();
        }
        return HttpResponse.<Problem>status(HttpStatus.TOO_MANY_REQUESTS)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "1")
                .body(new Problem("urn:jamtland:lansverksamheter:problem:too-many-requests",
                        "För många förfrågningar", 429,
                        "För många förfrågningar från samma klient på kort tid. Vänta en stund och "
                                + "försök igen.", ProblemInstance.of(request, 429), null));
    }

    @Scheduled(fixedDelay = "1m")
    void forgetIdleClients() {
        limits.forgetIdle(System.nanoTime(), IDLE_NANOS);
    }

    private static String address(HttpRequest<?> request) {
        InetSocketAddress address = request.getRemoteAddress();
        return address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
