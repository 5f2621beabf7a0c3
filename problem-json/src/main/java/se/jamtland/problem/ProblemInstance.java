package se.jamtland.problem;

import io.micronaut.http.HttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.runtime.RouteTemplate;

import java.util.UUID;

/**
 * A problem's {@code instance}: an opaque id of the request, never its path or query, which can carry what the
 * caller typed (a personnummer in a URL, a name in a filter). The same id is written in one log line with the
 * method, the route template and the status, so support can still find the request from the answer a user shows.
 */
public final class ProblemInstance {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemInstance.class);
    private static final String ATTRIBUTE = ProblemInstance.class.getName();

    private ProblemInstance() {
    }

    /**
     * The instance of a problem answered to this request, logged on first use: one id per request, however many
     * times a problem is built for it.
     */
    public static String of(HttpRequest<?> request, int status) {
        Object known = request.getAttribute(ATTRIBUTE).orElse(null);
        if (known != null) {
            return known.toString();
        }
        String instance = "urn:uuid:" + UUID.randomUUID();
        request.setAttribute(ATTRIBUTE, instance);
        String line = "problem {} {} {} {}";
        if (status >= 500) {
            LOG.warn(line, status, request.getMethodName(), RouteTemplate.of(request), instance);
        } else {
            LOG.info(line, status, request.getMethodName(), RouteTemplate.of(request), instance);
        }
        return instance;
    }
}
