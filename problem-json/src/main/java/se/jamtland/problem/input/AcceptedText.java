package se.jamtland.problem.input;

/**
 * Text a service takes: no control characters but line breaks and tabs (a note may have paragraphs), no lone
 * surrogate (half a character, which a database column cannot store), no replacement character (what invalid
 * UTF-8 turns into, so the bytes the caller meant are already lost).
 */
public final class AcceptedText {

    private AcceptedText() {
    }

    public static boolean isAccepted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFD' || isControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }
}
