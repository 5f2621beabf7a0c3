package se.jamtland.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import se.jamtland.access.Roles;
import se.jamtland.devidp.DevIdpConfig;
import se.jamtland.devstack.DevIdp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens for a real member of the unit's staff that must nevertheless be refused with 401: each is what an
 * attacker or a broken client would send. "missing" is the absence of a token. The expired, not-yet-valid,
 * wrong-issuer and wrong-audience ones come from the IdP itself, signed with its key (dev-idp's refused-* clients),
 * so each is refused for that one reason only.
 */
public final class RefusedTokens {

    private RefusedTokens() {
    }

    /** By name, in a stable order; a null value means no Authorization header at all. */
    public static Map<String, String> forStaffOf(String unit) {
        DevIdp idp = TestIdp.idp();
        Map<String, String> staff = DevIdp.person("test-staff", unit, Roles.STAFF);
        SignedJWT genuine = parse(idp.token("test-staff", unit, Roles.STAFF));
        JWTClaimsSet valid = claims(genuine);
        String keyId = genuine.getHeader().getKeyID();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("missing", null);
        tokens.put("not a JWT", "not-a-token");
        tokens.put("alg=none (unsigned)", new PlainJWT(valid).serialize());
        tokens.put("signed by another key under the issuer's key id", signedByStranger(valid, keyId));
        tokens.put("HS256 keyed with the issuer's public key", hmacWithPublicKey(valid, publicKey(idp, keyId)));
        tokens.put("expired", fromIdp(idp, DevIdpConfig.REFUSED_EXPIRED, staff));
        tokens.put("not valid yet (nbf in an hour)", fromIdp(idp, notYetValidClient(idp), staff));
        tokens.put("wrong issuer", fromIdp(idp, DevIdpConfig.REFUSED_WRONG_ISSUER, staff));
        tokens.put("wrong audience", fromIdp(idp, DevIdpConfig.REFUSED_WRONG_AUDIENCE, staff));
        tokens.put("signature tampered (claims changed after signing)", tampered(idp, unit));
        return tokens;
    }

    private static String fromIdp(DevIdp idp, String client, Map<String, String> staff) {
        return idp.clientCredentials(DevIdpConfig.ISSUER_ID, client, staff);
    }

    /**
     * The IdP's claims are fixed at its start, so it has a client per hour after it whose tokens become valid
     * then: the one that makes nbf between half an hour and an hour and a half from now.
     */
    private static String notYetValidClient(DevIdp idp) {
        long hours = Math.round(Duration.between(idp.started(), Instant.now()).toSeconds() / 3600.0) + 1;
        if (hours > DevIdpConfig.NOT_YET_HOURS) {
            throw new IllegalStateException("the test IdP has run for more than " + DevIdpConfig.NOT_YET_HOURS
                    + " hours: it has no not-yet-valid token left");
        }
        return DevIdpConfig.REFUSED_NOT_YET_VALID + hours;
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new IllegalStateException("the IdP's token is no JWT", e);
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException("the IdP's token has no claims", e);
        }
    }

    /** The public half of the IdP's signing key, from its JWKS: what anyone may know. */
    private static RSAKey publicKey(DevIdp idp, String keyId) {
        try {
            String jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(idp.jwksUrl())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return JWKSet.parse(jwks).getKeyByKeyId(keyId).toRSAKey();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("the IdP's JWKS could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String signedByStranger(JWTClaimsSet claims, String keyId) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(keyId).generate();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(stranger));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic algorithm confusion: a verifier that let the token pick HMAC would accept this. */
    private static String hmacWithPublicKey(JWTClaimsSet claims, RSAKey publicKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID())
                    .build(), claims);
            jwt.sign(new MACSigner(publicKey.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A genuine token with its payload swapped for one claiming UNIT_MANAGER: the signature no longer fits. */
    private static String tampered(DevIdp idp, String unit) {
        String[] staff = idp.token("test-staff", unit, Roles.STAFF).split("\\.");
        String[] manager = idp.token("test-staff", unit, Roles.UNIT_MANAGER).split("\\.");
        return staff[0] + "." + manager[1] + "." + staff[2];
    }
}
