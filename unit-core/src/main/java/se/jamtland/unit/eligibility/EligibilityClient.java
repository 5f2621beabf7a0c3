package se.jamtland.unit.eligibility;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.CircuitBreaker;

import java.time.LocalDate;

/**
 * eligibility-service, declared. Timeouts come from {@code micronaut.http.services.eligibility}; the circuit
 * breaker retries a failed call once and then answers at once while the service is down, so intake fails
 * fast (and closed) instead of piling up requests. An answer with a 4xx status is an answer, not a failure:
 * it is neither retried nor counted against the circuit.
 */
@Client(id = "eligibility")
@CircuitBreaker(attempts = "2", delay = "100ms", reset = "15s", excludes = HttpClientResponseException.class)
public interface EligibilityClient {

    @Post("/eligibility-checks")
    EligibilityAnswer check(@Body EligibilityQuestion question);

    @Get("/catalog/insatser/{id}{?onDate}")
    CatalogInsats insats(String id, @Nullable @QueryValue LocalDate onDate);

    @Get("/catalog{?onDate}")
    CatalogView catalog(@Nullable @QueryValue LocalDate onDate);
}
