package se.jamtland.unit.identity;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The text the guard reads: NFKC folds full-width digits, "＠" and no-break or thin spaces to their plain forms,
 * and typographic dashes become '-', so that a number pasted from a web page or a phone cannot slip through on
 * its formatting. Folding can change the length ("ﬁ" becomes "fi"), so each folded character remembers the
 * characters of the original it came from: ranges are reported in the text as sent.
 */
final class NormalisedText {

    private final String text;
    /** Per folded character, where its source starts and ends in the original; null when nothing was folded. */
    private final int[] sourceStart;
    private final int[] sourceEnd;

    private NormalisedText(String text, int[] sourceStart, int[] sourceEnd) {
        this.text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    static NormalisedText of(String original) {
        if (Normalizer.isNormalized(original, Normalizer.Form.NFKC) && !hasDash(original)) {
            return new NormalisedText(original, null, null);
        }
        StringBuilder folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 16];
        int[] ends = new int[starts.length];
        int i = 0;
        while (i < original.length()) {
            // A base character with its combining marks folds as one ("a" + ring above becomes "å").
            int clusterStart = i;
            i += Character.charCount(original.codePointAt(i));
            while (i < original.length() && isCombining(original.codePointAt(i))) {
                i += Character.charCount(original.codePointAt(i));
            }
            String cluster = Normalizer.normalize(original.substring(clusterStart, i), Normalizer.Form.NFKC);
            for (int k = 0; k < cluster.length(); k++) {
                if (folded.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[folded.length()] = clusterStart;
                ends[folded.length()] = i;
                folded.append(plainDash(cluster.charAt(k)));
            }
        }
        return new NormalisedText(folded.toString(), starts, ends);
    }

    String text() {
        return text;
    }

    /** The range of the original text that the folded range {@code [start, end)} came from. */
    TextRange original(int start, int end) {
        if (sourceStart == null) {
            return new TextRange(start, end);
        }
        return new TextRange(sourceStart[start], sourceEnd[end - 1]);
    }

    private static boolean hasDash(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (plainDash(text.charAt(i)) != text.charAt(i)) {
                return true;
            }
        }
        return false;
    }

    private static char plainDash(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' ? '-' : c;
    }

    private static boolean isCombining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
