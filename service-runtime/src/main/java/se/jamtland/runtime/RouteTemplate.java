package se.jamtland.runtime;

import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;

/**
 * A request's route as written in the controller ({@code /cases/{caseCode}}), without this request's values: the
 * only form of a path a log line may carry, since a path can hold what the caller typed (a personnummer, a name).
 */
public final class RouteTemplate {

    /** A request no route matched (a 404, or one refused before routing). */
    public static final String UNMATCHED = "unmatched";

    private RouteTemplate() {
    }

    public static String of(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getRouteInfo().getUriMatchTemplate().toString())
                .orElse(UNMATCHED);
    }
}
