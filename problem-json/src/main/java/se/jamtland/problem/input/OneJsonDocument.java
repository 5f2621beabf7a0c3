package se.jamtland.problem.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemInstance;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A JSON body is one JSON document: the framework reads the first value and ignores whatever follows
 * ({"insats":…}{"insats":…}, or {…} followed by anything), so what a service stored was not all the caller sent.
 * Such a body is refused as unreadable; a body that is not JSON at all is left to the framework, which refuses it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class OneJsonDocument implements Ordered {

    private static final JsonFactory JSON = new JsonFactory();

    @RequestFilter
    @Nullable
    public MutableHttpResponse<Problem> screen(HttpRequest<?> request, @Body @Nullable String body) {
        boolean json = request.getContentType().map(type -> type.getExtension().equals("json")).orElse(false);
        if (body == null || !json || !somethingFollowsTheFirstValue(body)) {
            return null;
        }
        Problem problem = new Problem(Problem.TYPE_PREFIX + "bad-request", "Ogiltig begäran", 400,
                "Begäran ska innehålla ett enda JSON-värde, utan något efter det.",
                ProblemInstance.of(request, 400), null);
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private static boolean somethingFollowsTheFirstValue(String body) {
        try (JsonParser parser = JSON.createParser(body)) {
            try {
                if (parser.nextToken() == null) {
                    return false;
                }
                parser.skipChildren();
            } catch (JsonProcessingException malformedFirstValue) {
                // The framework refuses it as unreadable.
                return false;
            }
            try {
                return parser.nextToken() != null;
            } catch (JsonProcessingException notJsonAfterTheFirstValue) {
                return true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After RequestScreen: the query and the content type are checked before the body is read. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 2;
    }
}
