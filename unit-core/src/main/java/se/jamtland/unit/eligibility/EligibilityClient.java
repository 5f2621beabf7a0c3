package se.jamtland.unit.eligibility;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
 * <p>
 * Every method returns the whole response: a declarative client turns a 404 into a {@code null} body when the
 * method returns the body type, and "no catalog on that date" or "no such insats" then surfaced as a
 * NullPointerException, a 500 at the unit (issue 9, section 1). With {@code HttpResponse} the 404 arrives as a
 * response whose problem {@link Eligibility} reads; other error statuses arrive as
 * {@link HttpClientResponseException}.
 */
@Client(id = Eligibility.SERVICE_ID)
@CircuitBreaker(attempts = "2", delay = "100ms", reset = "15s", excludes = HttpClientResponseException.class)
public interface EligibilityClient {

    @Post("/eligibility-checks")
    HttpResponse<EligibilityAnswer> check(@Body EligibilityQuestion question);

    @Get("/catalog/insatser/{id}{?onDate}")
    HttpResponse<CatalogInsats> insats(String id, @Nullable @QueryValue LocalDate onDate);

    @Get("/catalog{?onDate}")
    HttpResponse<CatalogView> catalog(@Nullable @QueryValue LocalDate onDate);
}
