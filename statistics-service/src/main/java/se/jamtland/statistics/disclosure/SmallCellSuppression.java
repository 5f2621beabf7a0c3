package se.jamtland.statistics.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Disclosure control for an aggregate table, so that no person can be singled out in the county's statistics on
 * violence, drug use and the like by kommun, age band and gender (domain.md, "Statistics vocabulary": small cells).
 *
 * <p>The table is read as lines, each an equation {@code total = sum of parts} ({@link Worksheet}). Rules, in
 * order:
 * <ol>
 *   <li>{@link SmallCountRule}: every count from 1 to {@code threshold - 1} is hidden; zero is shown.</li>
 *   <li>{@link LineRule}, until no line changes: no line may give a hidden value away by subtraction, nor by hidden
 *       parts that add up to their own number.</li>
 *   <li>{@link CombinedLinesRule}: all lines solved together ({@link HiddenValueSolver}); while a hidden value is
 *       determined, one more is hidden beside it and rule 2 runs again.</li>
 * </ol>
 * A hidden small count is published as {@code "<threshold"}, any other hidden value as {@code ".."}.
 */
public final class SmallCellSuppression implements DisclosureControl {

    private final int threshold;
    private final SmallCountRule smallCounts;
    private final LineRule lineByLine = new LineRule();
    private final CombinedLinesRule combinedLines = new CombinedLinesRule();

    /** @param threshold the smallest count that is shown; the county's is in statistics-parameters.yaml */
    public SmallCellSuppression(int threshold) {
        // With a threshold of 1 nothing would ever be hidden, which is never what a publication of small counts wants.
        if (threshold < 2) {
            throw new IllegalArgumentException("The threshold must be at least 2, was " + threshold);
        }
        this.threshold = threshold;
        this.smallCounts = new SmallCountRule(threshold);
    }

    public int threshold() {
        return threshold;
    }

    @Override
    public PublishedTable publish(StatisticsTable table) {
        return suppress(table);
    }

    public PublishedTable suppress(StatisticsTable table) {
        Worksheet sheet = Worksheet.of(table);
        smallCounts.hideMore(sheet);
        do {
            lineByLine.hideMore(sheet);
        } while (combinedLines.hideMore(sheet));
        return published(table.dimensions(), sheet);
    }

    private PublishedTable published(List<String> dimensions, Worksheet sheet) {
        List<PublishedCell> cells = new ArrayList<>();
        for (int cell = 0; cell < sheet.cellKeys().size(); cell++) {
            cells.add(new PublishedCell(sheet.cellKeys().get(cell), shown(sheet, cell)));
        }
        List<PublishedTotal> lineTotals = new ArrayList<>();
        for (Worksheet.LineTotal total : sheet.lineTotals()) {
            lineTotals.add(new PublishedTotal(
                    dimensions.get(total.summedOver()), total.groupKey(), shown(sheet, total.entry())));
        }
        return new PublishedTable(dimensions, threshold, cells, lineTotals, shown(sheet, sheet.grandTotal()));
    }

    /** What the table shows for one entry: its count, or that it is hidden and whether it is a small one. */
    private PublishedValue shown(Worksheet sheet, int entry) {
        return sheet.hidden(entry)
                ? new PublishedValue.Suppressed(threshold, smallCounts.small(sheet.value(entry)))
                : new PublishedValue.Shown(sheet.value(entry));
    }
}
