package se.jamtland.devtokens;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class DevTokenIssuerTest {

    private static DevTokenIssuer issuer;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        issuer = DevTokenIssuer.start(0);
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void a_token_fetched_over_http_verifies_against_the_published_key_set_and_carries_unit_and_role() throws Exception {
        HttpResponse<String> token = post("/token?unit=minimaria&role=UNIT_MANAGER&staff=dev-anna");
        String jwks = http.send(HttpRequest.newBuilder(URI.create(issuer.jwksUrl())).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        SignedJWT jwt = SignedJWT.parse(token.body());
        RSAKey key = JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("dev-anna");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("unit")).isEqualTo("minimaria");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("UNIT_MANAGER");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer.issuer());
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(DevTokenIssuer.AUDIENCE);
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
    }

    @Test
    void an_unknown_role_or_unit_gets_no_token() throws Exception {
        assertThat(post("/token?unit=cmv&role=ADMIN").statusCode()).isEqualTo(400);
        assertThat(post("/token?unit=stockholm&role=STAFF").statusCode()).isEqualTo(400);
        assertThat(post("/token?unit=cmv&role=STAFF&staff=Anna%20Andersson").statusCode()).isEqualTo(400);
    }

    @Test
    void a_unit_service_gets_its_own_token_by_the_client_credentials_grant() throws Exception {
        HttpResponse<String> answer = form("grant_type=client_credentials&client_id=cmv-service&client_secret=dev");

        String accessToken = answer.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        SignedJWT jwt = SignedJWT.parse(accessToken);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("\"token_type\":\"Bearer\"", "\"expires_in\":900");
        assertThat(jwt.verify(new RSASSAVerifier(issuer.publicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("cmv-service");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("unit")).isEqualTo("cmv");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SUITE_SERVICE");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(DevTokenIssuer.AUDIENCE);
    }

    @Test
    void another_grant_or_a_client_that_is_not_a_unit_service_gets_no_token() throws Exception {
        assertThat(form("grant_type=password&client_id=cmv-service").body())
                .isEqualTo("{\"error\":\"unsupported_grant_type\"}");
        assertThat(form("grant_type=client_credentials&client_id=statistics-service").statusCode()).isEqualTo(400);
        assertThat(form("grant_type=client_credentials").body()).isEqualTo("{\"error\":\"invalid_client\"}");
    }

    private HttpResponse<String> form(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(issuer.clientCredentialsUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(issuer.tokenUrl().replace("/token", "") + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
