package se.jamtland.webui.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import se.jamtland.webui.UiPaths;
import se.jamtland.webui.session.StaffSessions;

import java.net.URI;
import java.util.Map;

/**
 * Logging out (a form with the CSRF token, so another site cannot log a person out), and the two pages a person
 * sees without a login: after logging out, and when the login did not go through. Pages are no part of the
 * API's OpenAPI document.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
public class StaffLoginController {

    private final StaffSessions sessions;

    public StaffLoginController(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Post(value = UiPaths.LOGOUT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> logOut(HttpRequest<?> request) {
        sessions.close(request);
        return HttpResponse.seeOther(URI.create(UiPaths.LOGGED_OUT))
                .cookie(sessions.clearedCookie(request));
    }

    @Get(UiPaths.LOGGED_OUT)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @View("layout/logged-out")
    public Map<String, Object> loggedOut() {
        return Map.of("heading", "Du är utloggad", "failed", false);
    }

    @Get(UiPaths.LOGIN_FAILED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @View("layout/logged-out")
    public Map<String, Object> loginFailed() {
        return Map.of("heading", "Inloggningen gick inte igenom", "failed", true);
    }
}
