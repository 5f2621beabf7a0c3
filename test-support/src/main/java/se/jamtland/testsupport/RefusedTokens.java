package se.jamtland.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import se.jamtland.access.Roles;
import se.jamtland.devtokens.DevTokenIssuer;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens for a real member of the unit's staff that must nevertheless be refused with 401: each is what an
 * attacker or a broken client would send. "missing" is the absence of a token.
 */
public final class RefusedTokens {

    private RefusedTokens() {
    }

    /** By name, in a stable order; a null value means no Authorization header at all. */
    public static Map<String, String> forStaffOf(String unit) {
        DevTokenIssuer issuer = TestIdp.issuer();
        JWTClaimsSet valid = issuer.claims("test-staff", unit, Roles.STAFF).build();
        Instant past = Instant.now().minus(Duration.ofHours(9));
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("missing", null);
        tokens.put("not a JWT", "not-a-token");
        tokens.put("alg=none (unsigned)", new PlainJWT(valid).serialize());
        tokens.put("signed by another key under the issuer's key id", signedByStranger(valid, issuer.keyId()));
        tokens.put("HS256 keyed with the issuer's public key", hmacWithPublicKey(valid, issuer.publicKey()));
        tokens.put("expired", issuer.sign(new JWTClaimsSet.Builder(valid)
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(8)))).build()));
        Instant later = Instant.now().plus(Duration.ofHours(1));
        tokens.put("not valid yet (nbf in an hour)", issuer.sign(new JWTClaimsSet.Builder(valid)
                .notBeforeTime(Date.from(later)).build()));
        tokens.put("wrong issuer", issuer.sign(new JWTClaimsSet.Builder(valid)
                .issuer("https://idp.example.org/other").build()));
        tokens.put("wrong audience", issuer.sign(new JWTClaimsSet.Builder(valid).audience("another-system").build()));
        tokens.put("signature tampered (claims changed after signing)", tampered(issuer, unit));
        return tokens;
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
    private static String tampered(DevTokenIssuer issuer, String unit) {
        String[] staff = issuer.token("test-staff", unit, Roles.STAFF).split("\\.");
        String[] manager = issuer.token("test-staff", unit, Roles.UNIT_MANAGER).split("\\.");
        return staff[0] + "." + manager[1] + "." + staff[2];
    }
}
