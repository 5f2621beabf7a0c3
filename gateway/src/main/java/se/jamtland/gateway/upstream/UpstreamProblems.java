package se.jamtland.gateway.upstream;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemInstance;

/**
 * An upstream without an answer is the caller's 503 (not reachable, or its circuit open) or 504 (too slow), a
 * problem in Swedish with {@code Retry-After}; never a 500. The detail says which kind of service did not answer,
 * so a case system's support can tell "try later" from a mistake of theirs.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class UpstreamProblems implements ExceptionHandler<UpstreamUnavailable, HttpResponse<Problem>> {

    public static final String UNAVAILABLE = Problem.TYPE_PREFIX + "upstream-unavailable";
    public static final String TIMEOUT = Problem.TYPE_PREFIX + "upstream-timeout";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UpstreamUnavailable exception) {
        boolean timeout = exception.why() == UpstreamUnavailable.Why.TIMEOUT;
        int status = timeout ? 504 : 503;
        String service = serviceName(exception.upstream());
        Problem problem = timeout
                ? new Problem(TIMEOUT, "Tjänsten svarade inte i tid", status, service + " svarade inte i tid. "
                + "Försök igen om en stund; en remiss med samma Idempotency-Key skapas inte två gånger.",
                ProblemInstance.of(request, status), null)
                : new Problem(UNAVAILABLE, "Tjänsten kan inte nås just nu", status, service + " kan inte nås just nu. "
                + "Försök igen om en stund.", ProblemInstance.of(request, status), null);
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status))
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", Long.toString(exception.retryAfterSeconds()))
                .body(problem);
    }

    private static String serviceName(String upstream) {
        return switch (upstream) {
            case Upstreams.ELIGIBILITY -> "Katalogen och villkorsprövningen";
            case Upstreams.STATISTICS -> "Statistiktjänsten";
            default -> se.jamtland.events.Unit.byId(upstream).map(unit -> unit.swedishName())
                    .orElse("Tjänsten bakom gatewayen");
        };
    }
}
