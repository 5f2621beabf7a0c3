package se.jamtland.unit.cases.infrastructure;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/**
 * Case codes: random, so nothing about the person can be read from or guessed into them (14 kap. 5 § SoL),
 * and short enough to say on the phone: 8 characters from an alphabet without look-alikes (0/O, 1/I/L),
 * as XXXX-XXXX: 31^8, about 8.5 · 10^11 codes.
 */
@Singleton
public class CaseCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final String FORMAT = "[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}";

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static boolean looksLikeACaseCode(String text) {
        return text != null && text.matches(FORMAT);
    }
}
