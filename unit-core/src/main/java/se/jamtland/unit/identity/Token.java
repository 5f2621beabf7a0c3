package se.jamtland.unit.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One word of a note: letters and digits, with '-' or an apostrophe inside ("Per-Olof", "A-CRA"), as the guard's
 * word rules read it. Split in one pass over the text, so reading words stays linear in the text's length.
 *
 * @param opensSentence first word of the text, or after a full stop, '!', '?', ':', ';', a line break, a bullet
 *                      or a dash between spaces; a full stop after a number ("2.4") or an abbreviation ("t.ex.",
 *                      "kl.") opens nothing
 * @param spaceBefore   only whitespace between this word and the one before: "sonen Kalle", not "sonen, Kalle"
 */
record Token(int start, int end, String text, String lower, boolean opensSentence, boolean spaceBefore) {

    boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Written as a proper noun: a capital first letter, then small letters ("Hallen", "Per-Olof"). Not an
     * abbreviation ("BUP", "A-CRA") nor a word with capitals inside ("SoL", "TikTok", "SMS-tjänsten"): those
     * are terms and brands, and a name is not spelled that way in running text.
     */
    boolean isCapitalised() {
        if (!Character.isUpperCase(text.charAt(0)) || hasDigit()) {
            return false;
        }
        boolean small = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && text.charAt(i - 1) != '-') {
                return false;
            }
            small |= Character.isLowerCase(c);
        }
        return small;
    }

    /** Any capital letter first, abbreviations included: "på BB", "på ICA Maxi" name a workplace as well. */
    boolean startsUpperCase() {
        return Character.isUpperCase(text.charAt(0));
    }

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean opensSentence = true;
        boolean spaceOnly = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
                        || isJoiner(text.charAt(i)) && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    i++;
                }
                String word = text.substring(start, i);
                tokens.add(new Token(start, i, word, word.toLowerCase(Locale.ROOT), opensSentence,
                        spaceOnly && !tokens.isEmpty()));
                opensSentence = false;
                spaceOnly = true;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                spaceOnly = false;
            }
            if (endsSentence(text, i)) {
                opensSentence = true;
            }
            i++;
        }
        return tokens;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '!', '?', ':', ';', '\n', '\r', '\u2022', '*' -> {
                return true;
            }
            case '-' -> {
                // A dash between spaces starts a new thought or a list item, as a bullet does.
                return (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            }
            case '.' -> {
                boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
                boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
                if (digitBefore && digitAfter) {
                    return false;
                }
                return !isAbbreviation(text, i);
            }
            default -> {
                return false;
            }
        }
    }

    /** The letters and dots right before the full stop, at most 8 of them: an abbreviation is short. */
    private static boolean isAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && dot - from < 8 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        if (from == dot || from > 0 && Character.isLetter(text.charAt(from - 1))) {
            return false;
        }
        return SwedishWords.ABBREVIATIONS.contains(text.substring(from, dot).toLowerCase(Locale.ROOT));
    }
}
