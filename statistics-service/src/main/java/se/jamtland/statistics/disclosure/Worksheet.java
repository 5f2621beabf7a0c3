package se.jamtland.statistics.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The working copy of a table with its true counts, and which of them are hidden so far. Entries are numbered
 * cells first (in key order), then line totals, then the grand total. It is package-private and never handed out,
 * so no true count of a hidden value reaches a {@link PublishedTable}.
 *
 * <p>The table is read as a set of <em>lines</em>, each an equation {@code total = sum of parts}:
 * <ul>
 *   <li>for each dimension and each combination of the other dimensions' values that occurs, the cells that
 *       differ only in that dimension, with their line total (with one dimension, the whole table with the grand
 *       total);</li>
 *   <li>for each dimension, its line totals, which add up to the grand total;</li>
 *   <li>all cells, which add up to the grand total.</li>
 * </ul>
 */
final class Worksheet {

    static final Comparator<List<String>> KEY_ORDER = Worksheet::compareKeys;

    /** One equation of the table: {@code total = sum of parts}, as entry numbers. */
    record Line(int total, List<Integer> parts) {
    }

    /** Where a line total sits in the worksheet and what it is the total of. */
    record LineTotal(int entry, int summedOver, List<String> groupKey) {
    }

    private final List<List<String>> cellKeys;
    private final List<LineTotal> lineTotals;
    private final long[] values;
    private final boolean[] hidden;
    private final List<Line> lines;
    private final List<List<Line>> linesPerEntry;

    private Worksheet(List<List<String>> cellKeys, List<LineTotal> lineTotals, long[] values, List<Line> lines) {
        this.cellKeys = cellKeys;
        this.lineTotals = lineTotals;
        this.values = values;
        this.hidden = new boolean[values.length];
        this.lines = lines;
        this.linesPerEntry = new ArrayList<>();
        for (int entry = 0; entry < values.length; entry++) {
            linesPerEntry.add(new ArrayList<>());
        }
        for (Line line : lines) {
            linesPerEntry.get(line.total()).add(line);
            line.parts().forEach(part -> linesPerEntry.get(part).add(line));
        }
    }

    static Worksheet of(StatisticsTable table) {
        List<TableCell> cells = table.cells().stream()
                .sorted(Comparator.comparing(TableCell::key, KEY_ORDER))
                .toList();
        List<Long> values = new ArrayList<>();
        List<Integer> allCells = new ArrayList<>();
        long grandTotal = 0;
        for (TableCell cell : cells) {
            allCells.add(values.size());
            values.add(cell.count());
            grandTotal = Math.addExact(grandTotal, cell.count());
        }

        List<LineTotal> lineTotals = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<List<Integer>> totalsPerDimension = new ArrayList<>();
        // With one dimension the only line is the whole table, whose total is the grand total.
        int dimensionCount = table.dimensions().size();
        for (int dimension = 0; dimensionCount > 1 && dimension < dimensionCount; dimension++) {
            List<Integer> totalsOfDimension = new ArrayList<>();
            for (Map.Entry<List<String>, List<Integer>> group : linesOver(dimension, cells).entrySet()) {
                int entry = values.size();
                values.add(group.getValue().stream().mapToLong(values::get).reduce(0, Math::addExact));
                lineTotals.add(new LineTotal(entry, dimension, group.getKey()));
                lines.add(new Line(entry, group.getValue()));
                totalsOfDimension.add(entry);
            }
            totalsPerDimension.add(totalsOfDimension);
        }
        int grand = values.size();
        values.add(grandTotal);
        // The line totals of one dimension add up to the grand total, so they can give each other away too.
        totalsPerDimension.forEach(totals -> lines.add(new Line(grand, totals)));
        lines.add(new Line(grand, allCells));

        long[] counts = values.stream().mapToLong(Long::longValue).toArray();
        return new Worksheet(cells.stream().map(TableCell::key).toList(), List.copyOf(lineTotals), counts,
                List.copyOf(lines));
    }

    /** The cells (as entry numbers) of each line over the dimension, by the values of the other dimensions. */
    private static Map<List<String>, List<Integer>> linesOver(int dimension, List<TableCell> cells) {
        Map<List<String>, List<Integer>> lines = new TreeMap<>(KEY_ORDER);
        for (int cell = 0; cell < cells.size(); cell++) {
            List<String> groupKey = new ArrayList<>(cells.get(cell).key());
            groupKey.remove(dimension);
            lines.computeIfAbsent(List.copyOf(groupKey), key -> new ArrayList<>()).add(cell);
        }
        return lines;
    }

    private static int compareKeys(List<String> left, List<String> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int byValue = left.get(i).compareTo(right.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    int size() {
        return values.length;
    }

    long value(int entry) {
        return values[entry];
    }

    boolean hidden(int entry) {
        return hidden[entry];
    }

    void hide(int entry) {
        hidden[entry] = true;
    }

    int grandTotal() {
        return values.length - 1;
    }

    List<List<String>> cellKeys() {
        return cellKeys;
    }

    List<LineTotal> lineTotals() {
        return lineTotals;
    }

    List<Line> lines() {
        return lines;
    }

    List<Line> linesWith(int entry) {
        return linesPerEntry.get(entry);
    }

    /**
     * The cheaper of two entries to hide as well: a shown non-zero count, the smaller one, the first in entry
     * order (which follows key order) among equals. A reader loses least by it; -1 as {@code chosen} means none yet.
     */
    int smallerShownNonZero(int chosen, int candidate) {
        if (hidden(candidate) || value(candidate) == 0) {
            return chosen;
        }
        boolean smaller = chosen < 0 || value(candidate) < value(chosen)
                || (value(candidate) == value(chosen) && candidate < chosen);
        return smaller ? candidate : chosen;
    }
}
