package se.jamtland.problem.limits;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * Tells a verified service of the suite (a unit service asking eligibility-service) from the public, for the
 * rate limits. Implemented where tokens are verified (access-control); without an implementation every caller
 * is the public, counted by address.
 */
public interface SuiteCallers {

    /** The verified service making the request (its own bucket key), or empty for anyone else. */
    Optional<String> serviceOf(HttpRequest<?> request);
}
