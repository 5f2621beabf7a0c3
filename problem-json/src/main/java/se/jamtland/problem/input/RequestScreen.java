package se.jamtland.problem.input;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything is bound, what the framework would otherwise bend into something the caller did not
 * send: a query value that is empty (read as "not given"), a yes/no that is neither true nor false (read as false),
 * a date outside {@link AcceptedDates} (far dates pass the framework), text with control characters or broken
 * characters; and a body without a content type (read as JSON). The problem names the route's parameter, never
 * the value, and never the name of a parameter the route does not have (it is the caller's text too).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestScreen implements Ordered {

    private static final String ANY_OTHER = "#";

    @RequestFilter
    @Nullable
    public MutableHttpResponse<Problem> screen(HttpRequest<?> request) {
        if (request.getContentLength() > 0 && request.getContentType().isEmpty()) {
            return answer(request, new Problem(Problem.TYPE_PREFIX + "unsupported-media-type",
                    "Innehållstypen stöds inte", 415, "Skicka innehållet som application/json.", null, null));
        }
        Map<String, Argument<?>> declared = declaredQueryValues(request);
        List<Problem.FieldProblem> errors = new ArrayList<>();
        request.getParameters().forEach((name, values) -> {
            Argument<?> argument = declared.get(name);
            for (String value : values) {
                String wrong = wrongWith(value, argument);
                if (wrong != null) {
                    errors.add(argument != null ? Problem.FieldProblem.field(name, wrong)
                            : new Problem.FieldProblem(ANY_OTHER, "En parameter som inte finns i API:t: " + wrong));
                }
            }
        });
        if (errors.isEmpty()) {
            return null;
        }
        return answer(request, new Problem(Problem.TYPE_PREFIX + "invalid-query", "Ogiltig parameter", 400,
                "En eller flera parametrar i adressen har otillåtna värden; se errors.", null,
                errors.stream().distinct().toList()));
    }

    /** What is wrong with the value, in Swedish, or null when it may go on to the route. */
    @Nullable
    private static String wrongWith(String value, @Nullable Argument<?> argument) {
        if (!AcceptedText.isAccepted(value)) {
            return "Värdet innehåller otillåtna tecken.";
        }
        if (argument == null) {
            return null;
        }
        if (value.isBlank()) {
            return "Parametern saknar värde; utelämna den i stället.";
        }
        Class<?> type = argument.getType();
        if (type == Boolean.class && !value.equals("true") && !value.equals("false")) {
            return "true eller false.";
        }
        if (type == LocalDate.class && AcceptedDates.parse(value).isEmpty()) {
            return "Ett datum som 2025-09-15, från 1900 till 2099.";
        }
        return null;
    }

    /** The query values the matched route declares, by the name a caller uses. */
    private static Map<String, Argument<?>> declaredQueryValues(HttpRequest<?> request) {
        Map<String, Argument<?>> declared = new HashMap<>();
        RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .map(match -> ((MethodBasedRouteMatch<?, ?>) match).getArguments())
                .ifPresent(arguments -> {
                    for (Argument<?> argument : arguments) {
                        if (argument.getAnnotationMetadata().hasAnnotation(RequestBean.class)) {
                            // A route that takes its query as one bean: the bean's properties are the values.
                            BeanIntrospection.getIntrospection(argument.getType()).getBeanProperties()
                                    .forEach(property -> declare(declared, property.asArgument()));
                        } else {
                            declare(declared, argument);
                        }
                    }
                });
        return declared;
    }

    private static void declare(Map<String, Argument<?>> declared, Argument<?> argument) {
        if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
            declared.put(argument.getAnnotationMetadata().stringValue(QueryValue.class)
                    .filter(name -> !name.isEmpty()).orElse(argument.getName()), argument);
        }
    }

    private static MutableHttpResponse<Problem> answer(HttpRequest<?> request, Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem.withInstance(ProblemInstance.of(request, problem.status())));
    }

    /**
     * After authentication, so a caller without a valid token learns nothing about the parameters, and after the
     * rate limits (RateLimitFilter), so a flood of bad requests is still counted as a flood.
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 1;
    }
}
