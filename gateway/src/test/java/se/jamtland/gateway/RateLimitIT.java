package se.jamtland.gateway;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.jamtland.testsupport.TestIdp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's rate limit is per verified client (the token's subject), not per address: every request here
 * comes from 127.0.0.1, and one kommun's system using up its budget leaves another's untouched.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitIT implements TestPropertyProvider {

    /** A route the gateway answers itself (404), so nothing behind it is asked. */
    private static final String ROUTE = "/api/v1/remisser/no-such-remiss";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = GatewayUpstreams.gatewayProperties();
        properties.put("rate-limits.case-systems.per-second", "0.01");
        properties.put("rate-limits.case-systems.burst", "5");
        return properties;
    }

    private HttpResponse<String> get(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURI() + ROUTE))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_client_over_its_limit_gets_429_with_retry_after_while_another_client_from_the_same_address_goes_on()
            throws Exception {
        String flooding = TestIdp.caseSystem("2361");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(get(flooding).statusCode());
        }
        HttpResponse<String> refused = get(flooding);
        HttpResponse<String> another = get(TestIdp.caseSystem("2326"));

        assertThat(statuses.subList(0, 5)).containsOnly(404);
        assertThat(statuses.subList(5, 8)).containsOnly(429);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(another.statusCode()).isEqualTo(404);
    }
}
