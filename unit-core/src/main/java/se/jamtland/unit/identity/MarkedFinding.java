package se.jamtland.unit.identity;

import java.util.List;
import java.util.Objects;

/**
 * A finding with the ranges of the field's text it was found in, in text order. Only offsets: a form marks the
 * words for staff to rewrite, and the answer that carries this repeats nothing of what was sent.
 */
public record MarkedFinding(IdentityFinding finding, List<TextRange> ranges) {

    public MarkedFinding {
        Objects.requireNonNull(finding, "finding");
        ranges = List.copyOf(ranges);
    }
}
