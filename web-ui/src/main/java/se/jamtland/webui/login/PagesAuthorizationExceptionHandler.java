package se.jamtland.webui.login;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.jamtland.webui.UiPaths;
import se.jamtland.webui.page.RefusalPages;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A person's pages answer a missing login by sending the browser to log in (and back to the page afterwards), and
 * a login without access here (another unit's staff, a role the page is not for) with a Swedish page that says
 * so and reveals nothing of this service's records. The JSON API keeps its problem+json 401/403 unchanged.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class PagesAuthorizationExceptionHandler extends DefaultAuthorizationExceptionHandler {

    private final RefusalPages pages;

    public PagesAuthorizationExceptionHandler(ErrorResponseProcessor<?> errorResponseProcessor,
                                              RedirectConfiguration redirectConfiguration,
                                              RedirectService redirectService,
                                              List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challenges,
                                              @Nullable PriorToLoginPersistence priorToLoginPersistence,
                                              RefusalPages pages) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, challenges, priorToLoginPersistence);
        this.pages = pages;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!UiPaths.isUi(request)) {
            return super.handle(request, exception);
        }
        if (exception.isForbidden()) {
            return pages.page(request, HttpStatus.FORBIDDEN, "Du har inte tillgång till den här sidan",
                    "Din inloggning gäller inte här: sidan hör till en annan verksamhet eller en annan roll än "
                            + "din. Logga ut och logga in med rätt konto, eller gå till din egen verksamhets sidor.");
        }
        MutableHttpResponse<?> toLogin = HttpResponse.seeOther(URI.create(UiPaths.LOGIN));
        String asked = request.getUri().getRawPath()
                + (request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery());
        if (UiPaths.isSafeReturnPath(asked) && "GET".equals(request.getMethodName())) {
            toLogin.cookie(Cookie.of(StaffLoginHandler.RETURN_COOKIE, asked).path("/").httpOnly(true)
                    .maxAge(Duration.ofMinutes(10)));
        }
        return toLogin;
    }
}
