package se.jamtland.devtokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import se.jamtland.events.Unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * DEV ONLY: a stand-in for the county's identity provider, for devstack and tests. It signs staff tokens with a
 * key made at start (so a restart invalidates every token) and publishes the public half as a JWKS, exactly as
 * the real IdP does, so the services verify signatures the same way in both places. Listens on 127.0.0.1 only.
 */
public final class DevTokenIssuer implements AutoCloseable {

    /** The audience every service of the suite accepts. */
    public static final String AUDIENCE = "lansverksamheter";
    /** The four länsverksamheter of activity-events' {@link Unit}, and the county's statisticians. */
    public static final Set<String> UNITS = Stream.concat(Unit.ids().stream(), Stream.of("county"))
            .collect(Collectors.toUnmodifiableSet());
    public static final Set<String> ROLES = Set.of("STAFF", "UNIT_MANAGER", "COUNTY_STATISTICS", "CASE_SYSTEM",
            "SUITE_SERVICE");
    /** A unit service's OAuth2 client id: {@code <unit>-service}, e.g. {@code cmv-service}. */
    private static final Pattern SERVICE_CLIENT = Pattern.compile(
            "(" + Unit.ids().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")-service");
    /** A service token lives as long as client-credentials tokens usually do; the service fetches a new one. */
    public static final Duration SERVICE_TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** A working day; a dev token is not meant to outlive one. */
    public static final Duration LIFETIME = Duration.ofHours(8);
    private static final Pattern STAFF_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,39}");

    private final RSAKey key;
    private final HttpServer server;
    private final String baseUrl;
    private final Clock clock;

    private DevTokenIssuer(RSAKey key, HttpServer server, Clock clock) {
        this.key = key;
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        this.clock = clock;
    }

    /** Starts on the port (0 for any free one) of 127.0.0.1. */
    public static DevTokenIssuer start(int port) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            DevTokenIssuer issuer = new DevTokenIssuer(key, server, Clock.systemUTC());
            server.createContext("/.well-known/jwks.json", issuer::jwks);
            server.createContext("/token", issuer::tokenRequest);
            server.createContext("/oauth2/token", issuer::clientCredentials);
            server.start();
            return issuer;
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make a signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("dev token issuer could not listen on port " + port, e);
        }
    }

    /** The id of the signing key, as the JWKS and every token's header name it. */
    public String keyId() {
        return key.getKeyID();
    }

    /** The public half only: what anyone may know, e.g. to try an HMAC token keyed with it. */
    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    public String issuer() {
        return baseUrl + "/dev";
    }

    public String jwksUrl() {
        return baseUrl + "/.well-known/jwks.json";
    }

    public String tokenUrl() {
        return baseUrl + "/token";
    }

    /** The OAuth2 token endpoint (client credentials grant, RFC 6749 4.4) where unit services get service tokens. */
    public String clientCredentialsUrl() {
        return baseUrl + "/oauth2/token";
    }

    /**
     * The environment a service needs to trust this issuer (the names its configuration reads), and the token
     * endpoint a unit service gets its own service token from.
     */
    public Map<String, String> serviceEnvironment() {
        return Map.of("SECURITY_JWKS_URL", jwksUrl(), "SECURITY_JWT_ISSUER", issuer(),
                "SUITE_TOKEN_URL", clientCredentialsUrl());
    }

    /** A signed token for a member of staff of a unit, in a role. */
    public String token(String staff, String unit, String role) {
        return sign(claims(staff, unit, role).build());
    }

    /** The claims {@link #token} would sign, for tests that change one of them. */
    public JWTClaimsSet.Builder claims(String staff, String unit, String role) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(AUDIENCE)
                .subject(staff)
                .claim("unit", unit)
                .claim("roles", List.of(role))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString());
    }

    /** A signed service token for a unit service (client {@code <unit>-service}), as the token endpoint gives. */
    public String serviceToken(String unit) {
        return sign(claims(unit + "-service", unit, "SUITE_SERVICE")
                .expirationTime(Date.from(clock.instant().plus(SERVICE_TOKEN_LIFETIME)))
                .build());
    }

    /**
     * A kommun's case system (client {@code case-system-<kommun>}): role CASE_SYSTEM and the kommun's SCB code,
     * no unit.
     */
    public String caseSystemToken(String kommun) {
        Instant now = clock.instant();
        return sign(new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(AUDIENCE)
                .subject("case-system-" + kommun)
                .claim("kommun", kommun)
                .claim("roles", List.of("CASE_SYSTEM"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(SERVICE_TOKEN_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build());
    }

    /** Signs any claims with this issuer's key (RS256). */
    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign", e);
        }
    }

    private void jwks(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "text/plain", "GET only");
            return;
        }
        respond(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
    }

    private void tokenRequest(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "text/plain", "POST /token?unit=...&role=...&staff=...");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String unit = query.get("unit");
        String role = query.get("role");
        String staff = query.getOrDefault("staff", "dev-staff");
        if (unit == null || !UNITS.contains(unit) || role == null || !ROLES.contains(role)
                || !STAFF_ID.matcher(staff).matches()) {
            respond(exchange, 400, "text/plain", "unit: one of " + UNITS + "; role: one of " + ROLES
                    + "; staff: a lower-case id such as dev-anna");
            return;
        }
        respond(exchange, 200, "text/plain", token(staff, unit, role));
    }

    /**
     * The client credentials grant as an OAuth2 server answers it (RFC 6749 4.4, 5.1), so a unit service's
     * configuration is the same against NAV's mock-oauth2-server or the county's IdP: only the URL, client id and
     * secret change. DEV ONLY: the secret is not checked, as {@code /token} checks no one.
     */
    private void clientCredentials(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "text/plain", "POST grant_type=client_credentials&client_id=...&client_secret=...");
            return;
        }
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String client = form.getOrDefault("client_id", "");
        if (!"client_credentials".equals(form.get("grant_type"))) {
            respond(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        if (!SERVICE_CLIENT.matcher(client).matches()) {
            respond(exchange, 400, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        String unit = client.substring(0, client.length() - "-service".length());
        respond(exchange, 200, "application/json", "{\"access_token\":\"" + serviceToken(unit)
                + "\",\"token_type\":\"Bearer\",\"expires_in\":" + SERVICE_TOKEN_LIFETIME.toSeconds() + "}");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
