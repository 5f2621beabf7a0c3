package se.jamtland.eligibility;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.devidp.DevIdpConfig;
import se.jamtland.devstack.DevIdp;
import se.jamtland.devstack.RepoRoot;
import se.jamtland.testinfra.FreePorts;
import se.jamtland.testinfra.LogCanaryScan;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verified suite services have a budget of their own per unit; eligibility-service stays public, and a token that
 * does not verify is no token, never a refusal (issue 9, 5b).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuiteServiceBudgetIT implements TestPropertyProvider {

    /** The dev IdP, its own JVM: every token below is asked for at its token endpoint. */
    private final DevIdp idp = startIdp();

    private static DevIdp startIdp() {
        int port = FreePorts.one();
        Path log = LogCanaryScan.logDirectory().resolve("dev-idp-" + port + ".log");
        return DevIdp.start(RepoRoot.locate(), port, log);
    }

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        // A refill this slow makes the counts exact: the public share is 3, a suite service's 10.
        return Map.of(
                "security.oidc.issuer", idp.issuer(),
                "rate-limits.decisions.per-second", "0.001",
                "rate-limits.decisions.burst", "3",
                "rate-limits.decisions.suite-per-second", "0.001",
                "rate-limits.decisions.suite-burst", "10");
    }

    @AfterAll
    void stopIdp() {
        idp.close();
    }

    private long answered(int asked, String token) {
        return IntStream.range(0, asked).filter(i -> {
            MutableHttpRequest<String> request = HttpRequest.POST("/eligibility-checks",
                    "{\"insats\":\"minimaria-a-cra\",\"age\":30}").contentType(MediaType.APPLICATION_JSON);
            if (token != null) {
                request.bearerAuth(token);
            }
            try {
                return http.toBlocking().exchange(request).code() == 200;
            } catch (HttpClientResponseException e) {
                assertThat(e.getStatus().getCode()).as("only the limit refuses, never the token").isEqualTo(429);
                return false;
            }
        }).count();
    }

    @Test
    void each_unit_service_has_its_own_budget_and_the_public_keeps_its_share_and_a_bad_token_is_no_token() {
        // The IdP's own tokens for a suite service, signed with its key, expired or for another audience.
        Map<String, String> asCmvService = DevIdp.person("cmv-service", "cmv", "SUITE_SERVICE");
        String expired = idp.clientCredentials(DevIdpConfig.ISSUER_ID, DevIdpConfig.REFUSED_EXPIRED, asCmvService);
        String otherAudience = idp.clientCredentials(DevIdpConfig.ISSUER_ID, DevIdpConfig.REFUSED_WRONG_AUDIENCE,
                asCmvService);
        String tampered = idp.serviceToken("cmv").replaceFirst("\\.[^.]*\\.", ".eyJzdWIiOiJ4In0.");

        long cmv = answered(15, idp.serviceToken("cmv"));
        long minimaria = answered(15, idp.serviceToken("minimaria"));
        // A staff token is verified but is not a service: the public, like anyone from this address.
        long staffAndBadTokens = answered(2, idp.token("dev-anna", "cmv", "STAFF"))
                + answered(1, expired) + answered(1, otherAudience) + answered(1, tampered)
                + answered(5, null);

        assertThat(cmv).isEqualTo(10);
        assertThat(minimaria).isEqualTo(10);
        assertThat(staffAndBadTokens).as("the public share of this address, whatever token it sends").isEqualTo(3);
        assertThat(answered(1, "not-a-jwt")).as("the share is spent: a 429, not a 401").isZero();
    }
}
