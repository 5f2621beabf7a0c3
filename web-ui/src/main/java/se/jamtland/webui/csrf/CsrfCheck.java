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

    private final StaffSessions sessions;
    private final FilterBodyParser bodies;
    private final RefusalPages pages;

    public CsrfCheck(StaffSessions sessions, FilterBodyParser bodies, RefusalPages pages) {
        this.sessions = sessions;
        this.bodies = bodies;
        this.pages = pages;
    }

    /**
     * Null to let the request on, or the refusal page. Runs on the blocking pool and waits there for the form's
     * body: a request filter whose CompletableFuture completed only once the body arrived (after the headers, as
     * a browser may send it) let an outer legacy filter of Micronaut 4.10 see no filter context and answer 500
     * ("newFilterContext is null", micronaut-core#11341); waiting off the event loop has no such hand-over.
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
        Map<String, Object> body = bodies.parseBody(request).exceptionally(unreadable -> Map.of()).join();
        return matches(expected.get(), field(body)) ? null : refused(request);
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
