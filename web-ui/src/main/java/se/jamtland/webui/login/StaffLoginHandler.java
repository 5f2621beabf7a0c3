package se.jamtland.webui.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.jamtland.webui.UiPaths;
import se.jamtland.webui.session.StaffSession;
import se.jamtland.webui.session.StaffSessions;

import java.net.URI;
import java.time.Instant;
import java.util.Date;

/**
 * The end of a person's login: a new staff session (never one whose id existed before, so no session fixation),
 * its cookie, and back to the page they asked for (or the start page). A failed login shows a page that says so.
 */
@Singleton
public class StaffLoginHandler implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    /** The page a person asked for before they were sent to log in (a path of ours only, see UiPaths). */
    public static final String RETURN_COOKIE = "staff_login_return";

    private static final Logger LOG = LoggerFactory.getLogger(StaffLoginHandler.class);

    private final StaffSessions sessions;

    public StaffLoginHandler(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        StaffSession session = sessions.open(authentication, expiry(authentication));
        // The staff id is the IdP's pseudonymous subject, never a personnummer: it may be logged (as the access
        // log stores it).
        LOG.info("Staff login opened a session for {}", authentication.getName());
        String back = request.getCookies().findCookie(RETURN_COOKIE).map(Cookie::getValue)
                .filter(UiPaths::isSafeReturnPath).orElse(UiPaths.START);
        return HttpResponse.seeOther(URI.create(back))
                .cookie(sessions.cookie(request, session))
                .cookie(Cookie.of(RETURN_COOKIE, "").path("/").httpOnly(true).maxAge(0));
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken,
                                               HttpRequest<?> request) {
        return loginSuccess(authentication, request);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse authenticationResponse, HttpRequest<?> request) {
        LOG.warn("Staff login failed: {}", authenticationResponse.getMessage().orElse("no reason given"));
        return HttpResponse.seeOther(URI.create(UiPaths.LOGIN_FAILED));
    }

    private static Instant expiry(Authentication authentication) {
        Object exp = authentication.getAttributes().get(AccessTokenAuthenticationMapper.EXPIRES_AT);
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
