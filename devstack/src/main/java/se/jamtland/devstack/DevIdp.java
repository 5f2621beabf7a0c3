package se.jamtland.devstack;

import se.jamtland.devidp.DevIdpConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DEV ONLY: dev-idp's mock-oauth2-server as a child JVM, started like a service ({@link ChildService}: dev-idp's
 * built classpath, ending with this JVM) and ready once its discovery document answers. It lives here rather than
 * in dev-idp because it reuses ChildService, and devstack starts it. Tokens are real: every one is asked for over
 * HTTP at the token endpoint, as a client of the county's IdP would.
 *
 * <p>The issuer is named with {@code localhost}: the mock server names the issuer after the host a request was
 * sent to, so the services, the tests and the README's curl all use the same name.
 */
public final class DevIdp implements AutoCloseable {

    /** devstack's port (README's "log in for local use"). */
    public static final int PORT = 8089;
    /** How dev-idp is started: its module's classes and target/runtime-classpath.txt, its own main. */
    public static final ServiceSpec SPEC = new ServiceSpec("dev-idp", "dev-idp", "se.jamtland.devidp.DevIdpMain",
            PORT, null, false);
    /** The mock server checks no secret; a client must still send one for the client credentials grant. */
    public static final String DEV_SECRET = "dev";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final ChildService child;
    private final int port;
    private final Instant started;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DevIdp(ChildService child, int port, Instant started) {
        this.child = child;
        this.port = port;
        this.started = started;
    }

    /**
     * Starts it on {@code port} (a free one of the caller's choosing), its output in {@code log}, and waits until
     * it answers its discovery document.
     */
    public static DevIdp start(Path root, int port, Path log) {
        Instant started = Instant.now();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(port));
        // Loopback only, as every dev-only server here.
        environment.put("SERVER_HOSTNAME", "127.0.0.1");
        environment.put("JSON_CONFIG", DevIdpConfig.json(started));
        environment.put("LOG_LEVEL", "WARN");
        ChildService child;
        try {
            child = ChildService.start(root, SPEC, port, environment, List.of(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start dev-idp", e);
        }
        DevIdp idp = new DevIdp(child, port, started);
        try {
            child.awaitOk(idp.http, "/" + DevIdpConfig.ISSUER_ID + "/.well-known/openid-configuration",
                    START_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            idp.close();
            throw new IllegalStateException("interrupted while dev-idp started", e);
        } catch (RuntimeException e) {
            idp.close();
            throw e;
        }
        return idp;
    }

    /** When it started: the refused tokens' fixed times count from it. */
    public Instant started() {
        return started;
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>/lansverksamheter}: what a service is configured with. */
    public String issuer() {
        return issuer(DevIdpConfig.ISSUER_ID);
    }

    /** The issuer of another issuer id on the same server. */
    public String issuer(String issuerId) {
        return "http://localhost:" + port + "/" + issuerId;
    }

    public String discoveryUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    /** The token endpoint, as its discovery document names it. */
    public String tokenEndpoint() {
        return issuer() + "/token";
    }

    public String jwksUrl() {
        return issuer() + "/jwks";
    }

    /**
     * All a service needs to trust it: the issuer (the audience is the services' default); and the secret a unit
     * service sends for its own token (the mock server takes any, but the grant needs one).
     */
    public Map<String, String> serviceEnvironment() {
        return Map.of("SECURITY_OIDC_ISSUER", issuer(), "SUITE_CLIENT_SECRET", DEV_SECRET);
    }

    /** A member of staff of a unit in a role ({@link DevIdpConfig#TEST_PERSON}). */
    public String token(String staffId, String unit, String role) {
        return clientCredentials(DevIdpConfig.ISSUER_ID, DevIdpConfig.TEST_PERSON, person(staffId, unit, role));
    }

    /** A unit service's own token (client {@code <unit>-service}). */
    public String serviceToken(String unit) {
        return clientCredentials(DevIdpConfig.ISSUER_ID, DevIdpConfig.serviceClient(unit), Map.of());
    }

    /** A kommun's case system (client {@code case-system-<kommun>}). */
    public String caseSystemToken(String kommun) {
        return clientCredentials(DevIdpConfig.ISSUER_ID, DevIdpConfig.caseSystemClient(kommun), Map.of());
    }

    /** The staff form parameters the person clients fill their claims from. */
    public static Map<String, String> person(String staffId, String unit, String role) {
        Map<String, String> person = new LinkedHashMap<>();
        person.put("staff", staffId);
        person.put("unit", unit);
        person.put("role", role);
        return person;
    }

    /**
     * The access token of a client credentials grant (RFC 6749 4.4) at an issuer id's token endpoint, the client's
     * secret sent in the form (client_secret_post); {@code parameters} go along (the person clients read them).
     */
    public String clientCredentials(String issuerId, String clientId, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", DEV_SECRET);
        form.putAll(parameters);
        HttpResponse<String> response = post(issuer(issuerId) + "/token", form);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("dev-idp gave no token for client " + clientId + " (HTTP "
                    + response.statusCode() + ")");
        }
        return token.group(1);
    }

    /** A form POST (application/x-www-form-urlencoded) to any of its endpoints. */
    public HttpResponse<String> post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("dev-idp did not answer " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public boolean isAlive() {
        return child.isAlive();
    }

    /** Stops its JVM (SIGTERM, then a kill). */
    @Override
    public void close() {
        child.close();
    }
}
