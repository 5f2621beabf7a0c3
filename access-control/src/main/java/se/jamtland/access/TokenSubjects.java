package se.jamtland.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.jamtland.problem.limits.VerifiedClients;

import java.util.Optional;

/**
 * The verified client of a request for limits keyed by client: the subject of the token the security filter
 * verified (for client credentials, the OAuth2 client id, e.g. {@code case-system-2380}). Never a value the
 * caller merely sent: without a verified token there is no client and the address counts.
 */
@Singleton
public class TokenSubjects implements VerifiedClients {

    @Override
    public Optional<String> clientOf(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(Authentication::getName);
    }
}
