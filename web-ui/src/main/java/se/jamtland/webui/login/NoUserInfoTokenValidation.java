package se.jamtland.webui.login;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import se.jamtland.webui.StaffLogin;

/**
 * Takes the place of the token validator micronaut-security-oauth2 adds for the login's OpenID provider, which
 * accepts any bearer token the IdP's UserInfo endpoint answers for and builds the caller from that answer: it checks
 * no audience, so with the pages turned on the API took a token issued for another audience (issue 14: statistics'
 * RouteAccessIT, "wrong audience", 403 instead of 401). A token is the API's only if the JWT validators of
 * application-secured.yml (signature, issuer, audience, expiry, not-before) accept it; this one accepts none.
 */
@Singleton
@Named(StaffLogin.PROVIDER)
@Replaces(bean = TokenValidator.class, named = StaffLogin.PROVIDER)
public class NoUserInfoTokenValidation implements TokenValidator<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return Publishers.empty();
    }
}
