package se.jamtland.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) as a client of the authorization code flow sends it: a random
 * {@code code_verifier} and its S256 {@code code_challenge}, base64url of the verifier's SHA-256 (§4.1, §4.2).
 * For tests that play the staff UI's part against the dev IdP themselves.
 */
public record Pkce(String verifier, String challenge) {

    public static final String METHOD = "S256";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new verifier (32 random bytes, 43 characters) and its challenge. */
    public static Pkce s256() {
        String verifier = random(32);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A random value for {@code state} or {@code nonce}: base64url of that many random bytes. */
    public static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
