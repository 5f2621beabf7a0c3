package se.jamtland.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * This service's own token for calling the suite's other services as itself (issue 9, 5b): an OAuth2 client
 * credentials grant (RFC 6749 4.4) at the token endpoint the IdP's discovery document names (issue 12 §1), or at
 * {@code suite.service-auth.token-url} where that is set, client {@code suite.service-auth.client-id}: a unit
 * service's defaults to {@code <unit>-service}, the gateway's is {@code gateway} (issue 12). Shared here since
 * the unit services and the gateway both call eligibility-service so. Only the issuer, client id and secret are
 * configuration, so devstack's dev IdP (NAV's mock-oauth2-server) and the county's IdP are interchangeable.
 * <p>
 * Why the service's own token and not the staff member's, passed on: a villkor question carries no identity, and
 * a staff token is an identity (the IdP's id of a person at a unit); it would tell eligibility-service who asks
 * about which insats and age. The budget belongs to the unit as a whole, which is what the service token names.
 * And a staff token may not be there at all (a scheduled job), or be minutes from expiry mid-request.
 * <p>
 * Without a token endpoint the service calls anonymously (the public, per-address limits) and says so at start. A
 * failed fetch is the same for that call: the question is still asked, only under the public budget.
 */
@Singleton
public class ServiceTokens {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceTokens.class);
    /** Fetched anew this long before it expires, so a token never runs out on its way. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String token;
    private Instant renewAt = Instant.MIN;
    private Instant retryAt = Instant.MIN;

    public ServiceTokens(@Value("${suite.service-auth.enabled:true}") boolean enabled,
                         @Value("${suite.service-auth.token-url:}") String tokenUrl,
                         @Value("${suite.service-auth.client-id:}") String clientId,
                         @Value("${suite.service-auth.client-secret:}") String clientSecret,
                         @Value("${unit.id:}") String unitId, @Nullable IssuerDiscovery discovery,
                         JsonMapper json, Clock clock) {
        this.tokenUrl = !enabled ? "" : tokenUrl.isBlank() && discovery != null ? discovery.tokenEndpoint() : tokenUrl;
        if (clientId.isBlank() && unitId.isBlank()) {
            throw new IllegalStateException("suite.service-auth.client-id (SUITE_CLIENT_ID) is not set: the client id"
                    + " this service asks the IdP for its own token with");
        }
        this.clientId = clientId.isBlank() ? unitId + "-service" : clientId;
        this.clientSecret = clientSecret;
        this.json = json;
        this.clock = clock;
        if (this.tokenUrl.isBlank()) {
            LOG.warn("no token endpoint (suite.service-auth: off, or none discovered and no SUITE_TOKEN_URL): this"
                    + " service calls the suite's services anonymously, under the public per-address rate limits");
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("expires_in") @Nullable Long expiresIn) {
    }

    /** A valid token, fetched or renewed if need be; empty without a token URL or while the IdP does not answer. */
    public synchronized Optional<String> current() {
        Instant now = clock.instant();
        if (tokenUrl.isBlank() || (token == null && now.isBefore(retryAt))) {
            return Optional.empty();
        }
        if (token == null || !now.isBefore(renewAt)) {
            fetch(now);
        }
        return Optional.ofNullable(token);
    }

    private void fetch(Instant now) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + (clientSecret.isBlank() ? "" : "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("token endpoint answered HTTP " + response.statusCode());
            }
            TokenResponse answer = json.readValue(response.body(), TokenResponse.class);
            long lifetime = answer.expiresIn() == null ? RENEW_BEFORE.toSeconds() * 2 : answer.expiresIn();
            token = answer.accessToken();
            renewAt = now.plusSeconds(Math.max(1, lifetime - RENEW_BEFORE.toSeconds()));
        } catch (IOException e) {
            keepOrDrop(now, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            keepOrDrop(now, "interrupted");
        }
    }

    /** A token that has not expired yet is still good; without one, try again in a few seconds, not on every call. */
    private void keepOrDrop(Instant now, String why) {
        LOG.warn("no service token from the IdP ({}); calling under the public limits until it answers", why);
        if (token != null && now.isBefore(renewAt.plus(RENEW_BEFORE))) {
            return;
        }
        token = null;
        retryAt = now.plusSeconds(5);
    }
}
