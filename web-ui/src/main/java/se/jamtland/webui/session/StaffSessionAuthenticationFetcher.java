package se.jamtland.webui.session;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import se.jamtland.webui.UiPaths;

/**
 * A person's pages know them by the staff session; the JSON API never does (UiPaths), so the API stays
 * bearer-only. The authentication is the one the login's access token gave, so every rule the API applies
 * (the unit's own records only, the roles of each route) applies to the pages unchanged.
 */
@Singleton
public class StaffSessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final StaffSessions sessions;

    public StaffSessionAuthenticationFetcher(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!UiPaths.isUi(request)) {
            return Publishers.empty();
        }
        return sessions.find(request).map(StaffSession::authentication).map(Publishers::just)
                .orElseGet(Publishers::empty);
    }
}
