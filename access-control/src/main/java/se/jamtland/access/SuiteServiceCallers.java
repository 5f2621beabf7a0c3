package se.jamtland.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.jamtland.problem.limits.SuiteCallers;

import java.util.Optional;

/**
 * A request whose token the security filter verified (signature against the IdP's JWKS, issuer, audience, expiry)
 * and that holds {@link Roles#SUITE_SERVICE} comes from a service of the suite; its rate-limit key is the unit it
 * serves (the token's {@code unit}, else its subject), so each unit service has its own budget (issue 9, 5b).
 * An unverified or missing token is the public: its key stays the address.
 */
@Singleton
public class SuiteServiceCallers implements SuiteCallers {

    @Override
    public Optional<String> serviceOf(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .filter(authentication -> authentication.getRoles().contains(Roles.SUITE_SERVICE))
                .map(authentication -> StaffMember.unitOf(authentication).orElse(authentication.getName()));
    }
}
