package se.jamtland.problem.limits;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * The verified client of a request (the subject of a token the security filter verified), for limits keyed by
 * client rather than by address ({@code keyed-by: client}): the gateway's case systems share the county's NAT or
 * a vendor's cloud, so an address says nothing about who floods (issue 12, 3). Implemented where tokens are
 * verified (access-control).
 */
public interface VerifiedClients {

    /** The verified client id, or empty when the request carries no verified token. */
    Optional<String> clientOf(HttpRequest<?> request);
}
