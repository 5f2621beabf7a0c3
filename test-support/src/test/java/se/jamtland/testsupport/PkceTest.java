package se.jamtland.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PkceTest {

    @Test
    void the_challenge_is_the_base64url_sha256_of_a_43_character_verifier_and_each_verifier_is_new()
            throws Exception {
        Pkce pkce = Pkce.s256();
        byte[] challenge = Base64.getUrlDecoder().decode(pkce.challenge());

        // RFC 7636 §4.1: 43 to 128 characters of the unreserved set; §4.2: S256.
        assertThat(pkce.verifier()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(challenge).isEqualTo(MessageDigest.getInstance("SHA-256")
                .digest(pkce.verifier().getBytes(StandardCharsets.US_ASCII)));
        assertThat(pkce.challenge()).doesNotContain("=");
        assertThat(Pkce.s256().verifier()).isNotEqualTo(pkce.verifier());
    }
}
