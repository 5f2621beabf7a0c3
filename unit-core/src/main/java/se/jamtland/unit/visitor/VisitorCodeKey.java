package se.jamtland.unit.visitor;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * The unit's key for visitor codes, and the keyed hash made with it: HMAC-SHA256 over the insats and the code's
 * spoken form. Following EDPB Guidelines 01/2025 on Pseudonymisation (adopted 16 January 2025): a keyed
 * cryptographic one-way function (a MAC) whose secret has enough entropy is a pseudonymisation transformation; the
 * secret is the "additional information" of Art. 4(5) GDPR and is kept separately from the pseudonymised data, so
 * it lives in the unit's configuration (a Kubernetes Secret, {@code VISITOR_CODE_KEY}), never in its database; the
 * hashes stay inside the unit (the pseudonymisation domain) and are still personal data. Without the key, somebody
 * with a copy of the database cannot test guessed codes against it, which a plain hash of a short code would allow.
 * The insats is part of what is hashed, so one visitor's hashes in two insatser of the unit cannot be linked.
 *
 * <p>A unit without a key takes contacts without a code as before and refuses one with a code (503): a code is
 * never stored unhashed, nor hashed without a secret. A key that is set but too short stops the service at start
 * ({@link Context}), so the mistake shows when it is deployed, not at a visitor's first visit.
 */
@Context
public class VisitorCodeKey {

    /** As long as the hash (RFC 2104, section 3: a key shorter than the output weakens the MAC). */
    static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String TYPE = Problem.TYPE_PREFIX + "visitor-code-unavailable";

    private final SecretKeySpec key;

    public VisitorCodeKey(@Value("${visitor-code.key:}") String configured) {
        if (configured == null || configured.isBlank()) {
            key = null;
            return;
        }
        byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            // Says how long it must be, never what it is.
            throw new IllegalStateException("visitor-code.key (VISITOR_CODE_KEY) must be at least " + MIN_KEY_BYTES
                    + " bytes, e.g. openssl rand -base64 32");
        }
        key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** Refuses a contact with a code at a unit that has no key: before any check is asked of eligibility-service. */
    public void requireKey() {
        if (key == null) {
            throw new ProblemException(new Problem(TYPE, "Besökskoder kan inte tas emot", 503,
                    "Enheten har ingen nyckel för besökskoder, så koden kan inte sparas på ett säkert sätt och "
                            + "ingenting registrerades. Registrera kontakten utan besökskod, eller be förvaltningen "
                            + "lägga in nyckeln.", null, null));
        }
    }

    /** The visitor's pseudonym for this insats; the code itself goes no further than here. */
    public VisitorPseudonym pseudonymOf(String insats, String code) {
        requireKey();
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(insats.getBytes(StandardCharsets.UTF_8));
            // A separator no insats id holds: ("ab", "c…") and ("a", "bc…") never hash alike.
            mac.update((byte) 0);
            return new VisitorPseudonym(insats, mac.doFinal(VisitorCode.spokenForm(code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
