package se.jamtland.gateway.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import se.jamtland.access.CaseSystemCaller;

/**
 * Before any route's own rule: under {@code /api/v1/} a verified token that is not a case system's with a kommun
 * ({@link CaseSystemCaller}) is refused (403) in the security filter, so neither its body nor its parameters are
 * read, let alone checked or forwarded. No token is left to the rules after, which answer 401; a case system's
 * token goes on to the route's {@code @Secured}.
 */
@Singleton
public class CaseSystemsOnly implements SecurityRule<HttpRequest<?>> {

    private static final String API = "/api/v1/";
    private static final String DOCUMENT = "/api/v1/openapi.yml";

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null || authentication == null || !request.getPath().startsWith(API)
                || request.getPath().equals(DOCUMENT)) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        return Publishers.just(CaseSystemCaller.from(authentication).isPresent()
                ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
