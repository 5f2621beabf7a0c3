package se.jamtland.bench;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

/**
 * The baseline: the same server, framework and request body as an eligibility check, doing nothing. Only on
 * the classpath when the bench starts the service; never part of the deployed service.
 */
@Controller("/bench/empty")
public class EmptyController {

    private static final String EMPTY = "{}";

    /** The body is sent, as for a check, but not bound: the baseline is the framework with no work at all. */
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> empty() {
        return HttpResponse.ok(EMPTY);
    }
}
