package se.jamtland.webui.login;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who logged in, read from the access token the IdP issued at the end of the authorization code flow, verified
 * by exactly the validators the JSON API uses (signature by the IdP's published keys, issuer, audience, expiry,
 * not-before). So the unit and role of a person's pages are those of the same person's API token, never a claim
 * only the ID token carries (issue 13: "the unit and role come from the token as for the API").
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
public class AccessTokenAuthenticationMapper implements OpenIdAuthenticationMapper {

    /** Where the access token's expiry is kept among the authentication's attributes, for the session's end. */
    public static final String EXPIRES_AT = "exp";

    private final List<TokenValidator<HttpRequest<?>>> validators;

    public AccessTokenAuthenticationMapper(List<TokenValidator<HttpRequest<?>>> validators) {
        this.validators = validators;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName,
                                                                          OpenIdTokenResponse tokenResponse,
                                                                          OpenIdClaims openIdClaims,
                                                                          State state) {
        String accessToken = tokenResponse.getAccessToken();
        if (accessToken == null || accessToken.isBlank()) {
            return Publishers.just(AuthenticationResponse.failure("Inget åtkomstintyg från inloggningen."));
        }
        return Flux.fromIterable(validators)
                .concatMap(validator -> Mono.from(validator.validateToken(accessToken, null)))
                .next()
                .map(AccessTokenAuthenticationMapper::success)
                .defaultIfEmpty(AuthenticationResponse.failure("Åtkomstintyget kunde inte godkännas."));
    }

    private static AuthenticationResponse success(Authentication authentication) {
        Map<String, Object> attributes = new HashMap<>(authentication.getAttributes());
        return AuthenticationResponse.success(authentication.getName(), authentication.getRoles(), attributes);
    }
}
