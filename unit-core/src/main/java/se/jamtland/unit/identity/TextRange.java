package se.jamtland.unit.identity;

/**
 * Where in a field's text something must be rewritten: {@code start} inclusive, {@code end} exclusive, counted
 * in UTF-16 code units of the text as sent (what JavaScript's {@code String.slice} takes), so that a form can
 * mark the words without the server ever repeating them.
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a range needs 0 <= start < end");
        }
    }
}
