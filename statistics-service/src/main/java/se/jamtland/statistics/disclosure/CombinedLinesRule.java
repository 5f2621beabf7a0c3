package se.jamtland.statistics.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lines taken together: {@link LineRule} only looks at one line at a time, but subtracting one line from another
 * can still pin a hidden value down (two rectangles of hidden cells joined by one hidden cell in 2-D; in 3-D, the
 * line totals of two dimensions that share a hidden total, which no single line shows). So all lines are solved
 * together ({@link HiddenValueSolver}); while a hidden value is determined, the smallest shown non-zero member of
 * its lines is hidden too, and the line rule runs again.
 */
final class CombinedLinesRule implements SuppressionRule {

    /**
     * One round: one more hidden value for each entry that the lines pin down, in entry order. An entry sharing a
     * line total with a value hidden earlier in the same round waits for the next round, since that value may
     * already have freed it. (The lines that end in the grand total hold a whole dimension, so they would hold
     * back nearly everything.) Solving the system once per round rather than once per entry keeps large tables
     * fast.
     *
     * @return whether any hidden value was still determined, so another round (after the line rule) is due
     */
    @Override
    public boolean hideMore(Worksheet sheet) {
        List<Integer> givenAway = HiddenValueSolver.determinedEntries(sheet);
        Set<Worksheet.Line> changedLines = new HashSet<>();
        for (int entry : givenAway) {
            if (sheet.linesWith(entry).stream().anyMatch(changedLines::contains)) {
                continue;
            }
            int next = nextToHideAlongside(sheet, entry);
            // Only a value freed earlier in this round can be without a candidate; the next round checks it again.
            if (next >= 0) {
                sheet.hide(next);
                sheet.linesWith(next).stream()
                        .filter(line -> line.total() != sheet.grandTotal())
                        .forEach(changedLines::add);
            }
        }
        return !givenAway.isEmpty();
    }

    /**
     * A new unknown in one of the entry's own lines is the likeliest to break the combination that pins it down;
     * failing that, any shown non-zero entry; -1 if there is none. A value still determined always has a
     * candidate: with every non-zero entry hidden, the shown values are all 0, and equations whose constants are
     * all 0 can only determine a value as 0, which a hidden value never is. So the rounds always end.
     */
    private static int nextToHideAlongside(Worksheet sheet, int givenAway) {
        int chosen = -1;
        for (Worksheet.Line line : sheet.linesWith(givenAway)) {
            chosen = sheet.smallerShownNonZero(chosen, line.total());
            for (int part : line.parts()) {
                chosen = sheet.smallerShownNonZero(chosen, part);
            }
        }
        for (int entry = 0; chosen < 0 && entry < sheet.size(); entry++) {
            chosen = sheet.smallerShownNonZero(chosen, entry);
        }
        return chosen;
    }
}
