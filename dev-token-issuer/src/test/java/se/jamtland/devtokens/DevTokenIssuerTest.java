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

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(issuer.tokenUrl().replace("/token", "") + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
