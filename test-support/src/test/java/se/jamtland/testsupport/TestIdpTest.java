package se.jamtland.testsupport;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import se.jamtland.access.Roles;
import se.jamtland.devidp.DevIdpConfig;
import se.jamtland.devstack.DevIdp;
import se.jamtland.events.Unit;
import se.jamtland.events.Vocabulary;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The test IdP (dev-idp's mock-oauth2-server in its own JVM) gives what the shared contract of issue 12 says. */
class TestIdpTest {

    private static final Pattern JWKS_URI = Pattern.compile("\"jwks_uri\"\\s*:\\s*\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_token_for_any_staff_id_unit_and_role_is_signed_with_a_key_of_the_discovered_key_set() throws Exception {
        SignedJWT jwt = SignedJWT.parse(TestIdp.token("dev-anna", "minimaria", Roles.UNIT_MANAGER));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();

        assertThat(jwt.verify(new RSASSAVerifier(discoveredKey(jwt.getHeader().getKeyID())))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(claims.getSubject()).isEqualTo("dev-anna");
        assertThat(claims.getStringClaim("unit")).isEqualTo("minimaria");
        assertThat(claims.getStringListClaim("roles")).containsExactly(Roles.UNIT_MANAGER);
        assertThat(claims.getIssuer()).isEqualTo(TestIdp.idp().issuer())
                .matches("http://localhost:\\d+/lansverksamheter");
        assertThat(claims.getAudience()).containsExactly("lansverksamheter");
        assertThat(claims.getExpirationTime()).isAfter(new Date());
    }

    @Test
    void each_kommuns_case_system_has_role_case_system_and_its_kommun_and_no_unit() throws Exception {
        for (String kommun : DevIdpConfig.KOMMUNER) {
            JWTClaimsSet claims = SignedJWT.parse(TestIdp.caseSystem(kommun)).getJWTClaimsSet();

            assertThat(claims.getSubject()).isEqualTo("case-system-" + kommun);
            assertThat(claims.getStringListClaim("roles")).containsExactly(Roles.CASE_SYSTEM);
            assertThat(claims.getStringClaim("kommun")).isEqualTo(kommun);
            assertThat(claims.getClaim("unit")).isNull();
            assertThat(claims.getAudience()).containsExactly("lansverksamheter");
        }
    }

    @Test
    void each_unit_service_and_the_gateway_are_suite_services_the_gateway_of_no_unit() throws Exception {
        DevIdp idp = TestIdp.idp();
        for (String unit : Unit.ids()) {
            JWTClaimsSet claims = SignedJWT.parse(idp.serviceToken(unit)).getJWTClaimsSet();

            assertThat(claims.getSubject()).isEqualTo(unit + "-service");
            assertThat(claims.getStringListClaim("roles")).containsExactly(Roles.SUITE_SERVICE);
            assertThat(claims.getStringClaim("unit")).isEqualTo(unit);
        }
        JWTClaimsSet gateway = SignedJWT.parse(idp.clientCredentials(DevIdpConfig.ISSUER_ID, DevIdpConfig.GATEWAY,
                Map.of())).getJWTClaimsSet();
        assertThat(gateway.getStringListClaim("roles")).containsExactly(Roles.SUITE_SERVICE);
        assertThat(gateway.getClaim("unit")).isNull();
    }

    @Test
    void the_readme_people_have_their_unit_and_role() throws Exception {
        DevIdp idp = TestIdp.idp();
        JWTClaimsSet staff = SignedJWT.parse(idp.clientCredentials(DevIdpConfig.ISSUER_ID,
                DevIdpConfig.devStaffClient("cmv"), Map.of())).getJWTClaimsSet();
        JWTClaimsSet statistician = SignedJWT.parse(idp.clientCredentials(DevIdpConfig.ISSUER_ID,
                DevIdpConfig.DEV_STATISTICIAN, Map.of())).getJWTClaimsSet();

        assertThat(staff.getStringClaim("unit")).isEqualTo("cmv");
        assertThat(staff.getStringListClaim("roles")).containsExactly(Roles.STAFF);
        assertThat(statistician.getStringClaim("unit")).isEqualTo("county");
        assertThat(statistician.getStringListClaim("roles")).containsExactly(Roles.COUNTY_STATISTICS);
    }

    @Test
    void the_refused_tokens_from_the_idp_are_validly_signed_and_each_wrong_in_its_own_claim() throws Exception {
        Map<String, String> refused = RefusedTokens.forStaffOf("cmv");
        Instant now = Instant.now();

        JWTClaimsSet expired = verified(refused.get("expired"));
        JWTClaimsSet notYet = verified(refused.get("not valid yet (nbf in an hour)"));
        JWTClaimsSet wrongIssuer = verified(refused.get("wrong issuer"));
        JWTClaimsSet wrongAudience = verified(refused.get("wrong audience"));

        assertThat(expired.getExpirationTime().toInstant()).isBefore(now);
        assertThat(expired.getIssuer()).isEqualTo(TestIdp.idp().issuer());
        assertThat(notYet.getNotBeforeTime().toInstant()).isBetween(now.plusSeconds(1800), now.plusSeconds(5400));
        assertThat(notYet.getExpirationTime().toInstant()).isAfter(notYet.getNotBeforeTime().toInstant());
        assertThat(wrongIssuer.getIssuer()).isEqualTo(DevIdpConfig.FOREIGN_ISSUER);
        assertThat(wrongIssuer.getAudience()).containsExactly("lansverksamheter");
        assertThat(wrongAudience.getAudience()).containsExactly(DevIdpConfig.FOREIGN_AUDIENCE);
        assertThat(wrongAudience.getExpirationTime()).isAfter(new Date());
        for (JWTClaimsSet claims : new JWTClaimsSet[] {expired, notYet, wrongIssuer, wrongAudience}) {
            assertThat(claims.getSubject()).isEqualTo("test-staff");
            assertThat(claims.getStringClaim("unit")).isEqualTo("cmv");
            assertThat(claims.getStringListClaim("roles")).containsExactly(Roles.STAFF);
        }
    }

    @Test
    void the_idps_clients_are_for_the_vocabularys_units_and_kommuner() {
        assertThat(DevIdpConfig.UNITS).containsExactlyElementsOf(Unit.ids());
        assertThat(DevIdpConfig.KOMMUNER).containsExactlyInAnyOrderElementsOf(Vocabulary.KOMMUN_NAMES.keySet());
    }

    @Test
    void the_mock_server_and_its_kotlin_are_not_on_the_test_jvms_classpath() {
        TestIdp.idp();

        assertThat(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)))
                .isNotEmpty()
                // The mock server's own Kotlin runtime (reflection, logging, serialization) stays in its JVM. The
                // Kotlin standard library alone is here since issue 16: OkHttp, under the services' OTLP trace
                // exporter (service-runtime), is written in Kotlin; it is not the mock server's.
                .noneMatch(jar -> jar.contains("mock-oauth2-server") || jar.contains("mockwebserver")
                        || jar.contains("kotlin-reflect") || jar.contains("kotlin-logging")
                        || jar.contains("kotlinx-serialization"));
    }

    private JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(discoveredKey(jwt.getHeader().getKeyID())))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    private RSAKey discoveredKey(String keyId) throws Exception {
        String discovery = http.send(HttpRequest.newBuilder(URI.create(TestIdp.idp().discoveryUrl())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher jwksUri = JWKS_URI.matcher(discovery);
        assertThat(jwksUri.find()).isTrue();
        String jwks = http.send(HttpRequest.newBuilder(URI.create(jwksUri.group(1))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        RSAKey key = JWKSet.parse(jwks).getKeyByKeyId(keyId).toRSAKey();
        assertThat(key.isPrivate()).isFalse();
        return key;
    }
}
