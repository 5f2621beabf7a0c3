package se.jamtland.webui.login;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * The API verifies a bearer token by its signature and claims, and by nothing else. micronaut-security-oauth2 adds,
 * for every OpenID client, a validator that sends any token the JWT check refused to the IdP's UserInfo endpoint
 * and accepts it if the IdP answers: an expired or foreign-audience token could then pass with whatever claims the
 * IdP's UserInfo gives, and every refused request would cost a call to the IdP. The pages need no such validator
 * (their login is the authorization code flow), so it is replaced by one that accepts nothing.
 */
@Singleton
@SuppressWarnings({"rawtypes", "unchecked"})
public class BearerTokensAreJwtsOnly implements BeanCreatedEventListener<TokenValidator> {

    /** Package-private in micronaut-security-oauth2, so known by its name only. */
    static final String USER_INFO_VALIDATOR =
            "io.micronaut.security.oauth2.endpoint.userinfo.UserInfoClientTokenValidator";

    @Override
    public TokenValidator onCreated(BeanCreatedEvent<TokenValidator> event) {
        TokenValidator validator = event.getBean();
        if (!USER_INFO_VALIDATOR.equals(validator.getClass().getName())) {
            return validator;
        }
        int order = validator.getOrder();
        return new TokenValidator<Object>() {
            @Override
            public Publisher validateToken(String token, Object request) {
                return Publishers.empty();
            }

            @Override
            public int getOrder() {
                return order;
            }
        };
    }
}
