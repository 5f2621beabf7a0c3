package se.jamtland.statistics.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Disclosure control by Statistics Sweden's Cell Key Method (SCB from reference year 2025; domain.md, "Statistics
 * vocabulary"): every published number, cell or total, is its true count plus the change the
 * {@link PerturbationTable} gives for that count and the cell's key, the sum modulo 2^32 of the record keys of the
 * events it covers. So the same events always give the same published number, whatever question asks for them, and
 * two overlapping questions no longer subtract to a true count: each of the two numbers carries its own change.
 *
 * <p>Totals (line totals and the grand total) are perturbed as cells of their own, with the key of all the events
 * they cover, so a line total in one table is the same number as the cell for the same events in a coarser table;
 * parts need not add up to their totals. A perturbed count from 1 to {@code threshold - 1} is published as
 * {@code "<threshold"}; zero stays 0.
 *
 * <p>Linear secondary suppression (the former SmallCellSuppression) is gone: it protected exact equations
 * {@code total = sum of parts}, and under the Cell Key Method no published equation is exact, so it would only hide
 * more numbers. It could not protect across questions anyway, and it solved the whole table at once (issue 11).
 * Memory and time here are linear in the number of cells.
 */
public final class CellKeyMethod implements DisclosureControl {

    private static final Comparator<List<String>> KEY_ORDER = CellKeyMethod::compareKeys;

    private final int threshold;
    private final PerturbationTable table;

    /** @param threshold the smallest non-zero count that is shown; the county's is in statistics-parameters.yaml */
    public CellKeyMethod(int threshold, PerturbationTable table) {
        // With a threshold of 1 nothing would ever show as small, which is never what the county's rule wants.
        if (threshold < 2) {
            throw new IllegalArgumentException("The threshold must be at least 2, was " + threshold);
        }
        this.threshold = threshold;
        this.table = table;
    }

    @Override
    public PublishedTable publish(StatisticsTable counted) {
        List<TableCell> cells = counted.cells().stream()
                .sorted(Comparator.comparing(TableCell::key, KEY_ORDER)).toList();
        List<PublishedCell> published = new ArrayList<>(cells.size());
        long grandCount = 0;
        long grandKey = 0;
        for (TableCell cell : cells) {
            published.add(new PublishedCell(cell.key(), perturbed(cell.count(), cell.keySum())));
            grandCount = Math.addExact(grandCount, cell.count());
            grandKey = RecordKey.add(grandKey, cell.keySum());
        }
        List<PublishedTotal> lineTotals = new ArrayList<>();
        int dimensionCount = counted.dimensions().size();
        // With one dimension the only line is the whole table, whose total is the grand total.
        for (int dimension = 0; dimensionCount > 1 && dimension < dimensionCount; dimension++) {
            for (Map.Entry<List<String>, long[]> line : linesOver(dimension, cells)) {
                lineTotals.add(new PublishedTotal(counted.dimensions().get(dimension), line.getKey(),
                        perturbed(line.getValue()[0], line.getValue()[1])));
            }
        }
        return new PublishedTable(counted.dimensions(), threshold, table.version(), table.maximumDeviation(), published, lineTotals,
                perturbed(grandCount, grandKey));
    }

    /**
     * The count and key sum of each line over the dimension, by the values of the other dimensions, in key order.
     * Gathered in a hash map and sorted once: the largest tables have tens of thousands of cells.
     */
    private static List<Map.Entry<List<String>, long[]>> linesOver(int dimension, List<TableCell> cells) {
        Map<List<String>, long[]> lines = new HashMap<>();
        for (TableCell cell : cells) {
            List<String> groupKey = new ArrayList<>(cell.key());
            groupKey.remove(dimension);
            long[] line = lines.computeIfAbsent(groupKey, key -> new long[2]);
            line[0] = Math.addExact(line[0], cell.count());
            line[1] = RecordKey.add(line[1], cell.keySum());
        }
        List<Map.Entry<List<String>, long[]>> sorted = new ArrayList<>(lines.entrySet());
        sorted.sort(Map.Entry.comparingByKey(KEY_ORDER));
        return sorted;
    }

    private PublishedValue perturbed(long count, long keySum) {
        long value = count + table.change(count, keySum);
        return value >= 1 && value < threshold ? new PublishedValue.BelowThreshold(threshold)
                : new PublishedValue.Shown(value);
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
}
