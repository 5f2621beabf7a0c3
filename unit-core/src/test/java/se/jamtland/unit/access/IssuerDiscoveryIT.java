package se.jamtland.unit.access;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.access.DiscoveredJwks;
import se.jamtland.access.IssuerDiscovery;
import se.jamtland.access.Roles;
import se.jamtland.devidp.DevIdpConfig;
import se.jamtland.devstack.DevIdp;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.unit.testing.UnitServiceTestBase;
import se.jamtland.unit.testing.UnitTestProperties;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A unit service is configured with the IdP's issuer only and finds the rest in its discovery document (issue 12
 * §1): its keys, and a person's token from the authorization code flow with PKCE that the staff UIs will use.
 */
@MicronautTest(environments = "unit", transactional = false)
class IssuerDiscoveryIT extends UnitServiceTestBase {

    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @Inject
    DiscoveredJwks jwks;
    @Inject
    IssuerDiscovery discovery;

    private final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    IssuerDiscoveryIT() {
        super("cmv", "unit_core_issuer");
    }

    @Test
    void a_service_given_only_the_issuer_finds_its_keys_and_token_endpoint_and_verifies_its_tokens() {
        DevIdp idp = TestIdp.idp();

        assertThat(getProperties().keySet()).as("no key set, issuer or token URL is configured")
                .noneMatch(key -> key.contains("jwks") || key.contains("claims-validators")
                        || key.contains("token-url"));
        assertThat(getProperties()).containsEntry("security.oidc.issuer", idp.issuer());
        assertThat(jwks.getUrl()).isEqualTo(idp.jwksUrl());
        assertThat(discovery.tokenEndpoint()).isEqualTo(idp.tokenEndpoint());
        assertThat(api.get("/cases").status()).isEqualTo(200);
    }

    @Test
    void a_token_of_another_issuer_on_the_same_idp_is_refused_with_401() {
        String other = TestIdp.idp().clientCredentials(DevIdpConfig.OTHER_ISSUER_ID, DevIdpConfig.TEST_PERSON,
                DevIdp.person("test-staff", "cmv", Roles.STAFF));

        assertThat(api.as(other).get("/cases").status()).isEqualTo(401);
        assertThat(api.get("/cases").status()).as("the same claims from the suite's issuer").isEqualTo(200);
    }

    @Test
    void a_person_logged_in_by_authorization_code_with_pkce_gets_a_token_the_service_accepts() throws Exception {
        Login login = logIn("anna-cmv", "{\"unit\":\"cmv\",\"roles\":[\"STAFF\"]}");

        HttpResponse<String> answer = exchange(login, login.verifier());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(token.find()).isTrue();
        var claims = SignedJWT.parse(token.group(1)).getJWTClaimsSet();
        assertThat(claims.getSubject()).as("sub is the login's username").isEqualTo("anna-cmv");
        assertThat(claims.getStringClaim("unit")).isEqualTo("cmv");
        assertThat(claims.getStringListClaim("roles")).containsExactly(Roles.STAFF);
        // The suite's audience for the API, and the client's own for its ID token (OIDC Core 3.1.3.7; issue 13).
        assertThat(claims.getAudience()).containsExactlyInAnyOrder(DevIdpConfig.AUDIENCE, "cmv-ui");
        assertThat(claims.getStringClaim("azp")).isEqualTo("cmv-ui");
        assertThat(claims.getIssuer()).isEqualTo(TestIdp.idp().issuer());
        assertThat(api.as(token.group(1)).get("/cases").status()).isEqualTo(200);
    }

    @Test
    void a_code_exchanged_with_another_verifier_than_its_challenge_gets_no_token() throws Exception {
        Login login = logIn("anna-cmv", "{\"unit\":\"cmv\",\"roles\":[\"STAFF\"]}");

        HttpResponse<String> answer = exchange(login, base64Url(random(32)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("invalid_pkce").doesNotContain("access_token");
    }

    @Test
    void a_service_whose_issuer_does_not_answer_does_not_start() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("security.oidc.issuer", UnitTestProperties.nowhere() + "/" + DevIdpConfig.ISSUER_ID);

        assertThatThrownBy(() -> ApplicationContext.run(properties, "unit").close())
                .hasStackTraceContaining("discovery document")
                .hasStackTraceContaining("does not start");
    }

    @Test
    void a_service_without_an_issuer_does_not_start() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.remove("security.oidc.issuer");

        assertThatThrownBy(() -> ApplicationContext.run(properties, "unit").close())
                .hasStackTraceContaining("SECURITY_OIDC_ISSUER");
    }

    /** What the staff UI holds after the IdP redirected the browser back: the code, and its PKCE verifier. */
    private record Login(String code, String verifier, String redirect) {
    }

    /**
     * As a browser would: GET the authorization endpoint with an S256 code challenge (RFC 7636), which answers
     * the mock server's login form, then POST the form (username, claims JSON) to the same address; the answer
     * redirects to the client with the code.
     */
    private Login logIn(String username, String claims) throws Exception {
        String verifier = base64Url(random(32));
        String challenge = base64Url(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://localhost/cmv-ui/callback";
        String authorize = discovery.authorizationEndpoint() + "?" + form(Map.of(
                "response_type", "code", "client_id", "cmv-ui", "redirect_uri", redirect, "scope", "openid",
                "state", base64Url(random(8)), "nonce", base64Url(random(8)),
                "code_challenge", challenge, "code_challenge_method", "S256"));

        HttpResponse<String> loginPage = plain.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> loggedIn = plain.send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "claims", claims))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = loggedIn.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("name=\"username\"").contains("name=\"claims\"");
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(location).startsWith(redirect);
        assertThat(code.find()).as("a code in " + location).isTrue();
        return new Login(URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), verifier, redirect);
    }

    /** The code for tokens at the discovered token endpoint: a public client, so no secret, only the verifier. */
    private HttpResponse<String> exchange(Login login, String verifier) {
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", login.code());
        exchange.put("redirect_uri", login.redirect());
        exchange.put("client_id", "cmv-ui");
        exchange.put("code_verifier", verifier);
        return TestIdp.idp().post(discovery.tokenEndpoint(), exchange);
    }

    private static String form(Map<String, String> values) {
        StringBuilder form = new StringBuilder();
        values.forEach((key, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
