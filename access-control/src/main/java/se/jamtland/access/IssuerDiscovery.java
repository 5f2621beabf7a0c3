package se.jamtland.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The IdP as its OpenID Connect discovery document describes it ({@code <issuer>/.well-known/openid-configuration},
 * OpenID Connect Discovery 1.0 §4), read once at start-up: a service is configured with the issuer only
 * ({@code SECURITY_OIDC_ISSUER}), so devstack's dev IdP, the tests' and the county's (Inera IdP or its own) are
 * interchangeable by configuration (issue 12 §1). The keys tokens are verified with come from its {@code jwks_uri}
 * ({@link DiscoveredJwks}); a unit service's own token from its {@code token_endpoint}.
 *
 * <p>Created with the context ({@code @Context}): if the issuer does not answer, or its document names another
 * issuer (§4.3: they must be identical), the service does not start, so it never runs without its keys. Without
 * an issuer at all a secured service does not start either (application-secured.yml requires it); the public
 * eligibility-service then verifies no token (every caller is the public).
 */
@Context
@Requires(property = IssuerDiscovery.ISSUER_PROPERTY, pattern = ".+")
public class IssuerDiscovery {

    public static final String ISSUER_PROPERTY = "security.oidc.issuer";
    public static final String PATH = "/.well-known/openid-configuration";
    /** An IdP started just before the service (a pod beside it, devstack's) gets a few seconds to answer. */
    private static final int ATTEMPTS = 5;
    private static final Duration PAUSE = Duration.ofSeconds(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String issuer;
    private final Document document;

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(@Nullable String issuer,
                    @JsonProperty("jwks_uri") @Nullable String jwksUri,
                    @JsonProperty("token_endpoint") @Nullable String tokenEndpoint,
                    @JsonProperty("authorization_endpoint") @Nullable String authorizationEndpoint) {
    }

    public IssuerDiscovery(@Value("${" + ISSUER_PROPERTY + "}") String issuer, JsonMapper json) {
        this.issuer = withoutTrailingSlash(issuer.strip());
        this.document = read(this.issuer, json);
        if (!this.issuer.equals(document.issuer())) {
            throw new ConfigurationException("The IdP's discovery document at " + this.issuer + PATH
                    + " names another issuer (" + document.issuer() + "): SECURITY_OIDC_ISSUER must be exactly the"
                    + " issuer its tokens carry");
        }
        if (document.jwksUri() == null || document.jwksUri().isBlank()) {
            throw new ConfigurationException("The IdP's discovery document at " + this.issuer + PATH
                    + " has no jwks_uri: its tokens could not be verified");
        }
    }

    public String issuer() {
        return issuer;
    }

    public String jwksUri() {
        return document.jwksUri();
    }

    /** The OAuth2 token endpoint, empty if the IdP names none. */
    public String tokenEndpoint() {
        return document.tokenEndpoint() == null ? "" : document.tokenEndpoint();
    }

    public String authorizationEndpoint() {
        return document.authorizationEndpoint() == null ? "" : document.authorizationEndpoint();
    }

    private static Document read(String issuer, JsonMapper json) {
        URI uri;
        try {
            uri = URI.create(issuer + PATH);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("SECURITY_OIDC_ISSUER is not a URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            return json.readValue(fetch(http, request, 1).get(), Document.class);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String failure = cause instanceof UnexpectedStatus ? cause.getMessage() : cause.getClass().getSimpleName();
            throw new ConfigurationException("The IdP's discovery document at " + uri + " could not be read ("
                    + failure + "): the service does not start without the keys to verify tokens with");
        } catch (IOException e) {
            throw new ConfigurationException("The IdP's discovery document at " + uri + " is not JSON");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("Interrupted while reading the IdP's discovery document at " + uri);
        }
    }

    /**
     * The document's body, asked again after {@link #PAUSE} while attempts are left: the next attempt is
     * scheduled on a delayed executor, so no thread sleeps, and none waits after the last one.
     */
    private static CompletableFuture<String> fetch(HttpClient http, HttpRequest request, int attempt) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenCompose(response -> response.statusCode() == 200
                        ? CompletableFuture.completedFuture(response.body())
                        : CompletableFuture.<String>failedFuture(new UnexpectedStatus(response.statusCode())))
                .exceptionallyCompose(failure -> attempt < ATTEMPTS
                        ? CompletableFuture.runAsync(() -> { },
                                CompletableFuture.delayedExecutor(PAUSE.toMillis(), TimeUnit.MILLISECONDS))
                                .thenCompose(ignored -> fetch(http, request, attempt + 1))
                        : CompletableFuture.failedFuture(unwrapped(failure)));
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** An answer other than 200, named by its status only. */
    private static final class UnexpectedStatus extends IOException {
        UnexpectedStatus(int status) {
            super("HTTP " + status);
        }
    }

    private static String withoutTrailingSlash(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
