package se.jamtland.webui.csrf;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.core.order.Ordered;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import se.jamtland.webui.page.RefusalPages;
import se.jamtland.webui.session.StaffSession;
import se.jamtland.webui.session.StaffSessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every write from a person's pages carries the session's CSRF token (OWASP's synchronizer token pattern): the
 * hidden form field {@value #FIELD} or, from htmx, the header {@value #HEADER}. A write without it, or with another
 * session's, is refused with a page that says to reload, and nothing is written. Runs after the security filter,
 * so a write without a login is sent to log in first. The SameSite=Lax cookie is the second line, not the only one.
 */
@ServerFilter(patterns = {"/", "/ui/**"})
public class CsrfCheck implements Ordered {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** Longer than any form of a person's takes to arrive; the server's own read timeout ends a stalled one. */
    private static final Duration BODY_WAIT = Duration.ofSeconds(30);

    private final StaffSessions sessions;
    private final FilterBodyParser bodies;
    private final RefusalPages pages;

    public CsrfCheck(StaffSessions sessions, FilterBodyParser bodies, RefusalPages pages) {
        this.sessions = sessions;
        this.bodies = bodies;
        this.pages = pages;
    }

    /**
     * Null to let the request on, or the refusal page. Runs on the blocking pool and waits there for a form's body:
     * a filter whose future completes later, once the body has arrived, is handed on as a null filter context by the
     * legacy filter around it (views' CspFilter, micronaut-http 4.10: NullPointerException in
     * AroundLegacyFilter$FilterChainImpl, a 500 for about one form post in ten when the body came in a later read).
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public @Nullable HttpResponse<?> check(HttpRequest<?> request) {
        if (!writes(request.getMethod())) {
            return null;
        }
        Optional<String> expected = sessions.find(request).map(StaffSession::csrfToken);
        if (expected.isEmpty()) {
            return refused(request);
        }
        String header = request.getHeaders().get(HEADER);
        if (header != null) {
            return matches(expected.get(), header) ? null : refused(request);
        }
        return matches(expected.get(), field(body(request))) ? null : refused(request);
    }

    /** The form's fields, or none when the body cannot be read in time (then the token is missing: refused). */
    private Map<String, Object> body(HttpRequest<?> request) {
        try {
            return bodies.parseBody(request).get(BODY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (ExecutionException | TimeoutException unreadable) {
            return Map.of();
        }
    }

    private static String field(Map<String, Object> body) {
        Object value = body.get(FIELD);
        return value instanceof String text ? text : "";
    }

    private static boolean writes(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
    }

    private static boolean matches(String expected, @Nullable String sent) {
        return sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<?> refused(HttpRequest<?> request) {
        return pages.page(request, HttpStatus.FORBIDDEN, "Formuläret kunde inte skickas",
                "Sidan var för gammal eller kom inte från den här tjänsten, så inget sparades. "
                        + "Ladda om sidan och försök igen.");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
