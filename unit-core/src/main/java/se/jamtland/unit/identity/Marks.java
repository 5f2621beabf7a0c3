package se.jamtland.unit.identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the rules found in one text: per kind, the ranges of the folded text, merged where they overlap. */
final class Marks {

    private final Map<IdentityKind, List<int[]>> found = new EnumMap<>(IdentityKind.class);

    void add(IdentityKind kind, int start, int end) {
        if (end > start) {
            found.computeIfAbsent(kind, k -> new ArrayList<>()).add(new int[] {start, end});
        }
    }

    /** The ranges found so far for one kind, sorted by start, for a later rule that must not read them again. */
    List<int[]> ranges(IdentityKind kind) {
        List<int[]> ranges = new ArrayList<>(found.getOrDefault(kind, List.of()));
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        return ranges;
    }

    /** One finding per kind, in {@link IdentityKind} order, its ranges sorted, merged and mapped to the original. */
    List<MarkedFinding> findings(String field, NormalisedText text) {
        List<MarkedFinding> findings = new ArrayList<>();
        found.forEach((kind, ranges) -> {
            ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            List<TextRange> merged = new ArrayList<>();
            int start = ranges.get(0)[0];
            int end = ranges.get(0)[1];
            for (int[] range : ranges.subList(1, ranges.size())) {
                if (range[0] <= end) {
                    end = Math.max(end, range[1]);
                } else {
                    merged.add(text.original(start, end));
                    start = range[0];
                    end = range[1];
                }
            }
            merged.add(text.original(start, end));
            findings.add(new MarkedFinding(new IdentityFinding(field, kind), merged));
        });
        return findings;
    }
}
