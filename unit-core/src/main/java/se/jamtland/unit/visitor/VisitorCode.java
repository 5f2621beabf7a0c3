package se.jamtland.unit.visitor;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a visitor code may look like, and the one form of it that is hashed. The visitor says the code aloud at each
 * visit and staff type it, so what a listener cannot hear is not part of it: letter case, and the spaces and
 * hyphens between its letters and digits. A code is never kept in an object that outlives the request: only its
 * keyed hash ({@link VisitorPseudonym}) is.
 */
public final class VisitorCode {

    private static final String LETTER_OR_DIGIT = "[0-9A-Za-zÅÄÖÉÜåäöéü]";

    /**
     * 4 to 64 characters (checked by size): letters a–ö (also é and ü), digits, and single spaces or hyphens between
     * them, at least four letters or digits in all. Nothing that is not said aloud (punctuation, control characters,
     * emoji), so two spellings of the same spoken code cannot become two visitors. Written with lookaheads and
     * one character class rather than a repeated group: Java matches a repeated group recursively, and a body with
     * a 10,000-character code overflowed the stack (HostileInputIT), since every constraint is checked, not only
     * the size.
     */
    public static final String PATTERN = "(?![ -])(?!.*[ -][ -])(?!.*[ -]$)(?=(?:[ -]*" + LETTER_OR_DIGIT + "){4})"
            + "[0-9A-Za-zÅÄÖÉÜåäöéü -]+";
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 64;
    public static final String MESSAGE = "4–64 tecken: bokstäver, siffror och enstaka mellanslag eller bindestreck "
            + "mellan dem, minst 4 bokstäver eller siffror.";

    private VisitorCode() {
    }

    /** NFC first, so that an "å" typed as "a" plus a ring is the same letter as the one key on the keyboard. */
    public static String composed(String code) {
        return Normalizer.normalize(code, Normalizer.Form.NFC);
    }

    /** The form that is hashed: composed, lower case, without spaces and hyphens ("Blåbär 77" = "blåbär-77"). */
    static String spokenForm(String code) {
        return composed(code).toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
    }
}
