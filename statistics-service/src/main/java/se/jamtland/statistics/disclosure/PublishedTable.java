package se.jamtland.statistics.disclosure;

import java.util.List;
import java.util.Optional;

/**
 * A table ready to publish: every input cell, every line total and the grand total, each shown or suppressed.
 * It holds no true count of a suppressed value, so it can be handed to serialisation or logging as it is.
 *
 * @param dimensions the grouping dimensions, in order
 * @param threshold  counts from 1 to {@code threshold - 1} are never shown
 * @param cells      sorted by key
 * @param lineTotals sorted by the dimension summed over (in dimension order), then by group key; empty for a
 *                   table of one dimension, whose only line total is the grand total
 * @param grandTotal the sum of all cells
 */
public record PublishedTable(List<String> dimensions, int threshold, List<PublishedCell> cells,
                             List<PublishedTotal> lineTotals, PublishedValue grandTotal) {

    public PublishedTable {
        dimensions = List.copyOf(dimensions);
        cells = List.copyOf(cells);
        lineTotals = List.copyOf(lineTotals);
    }

    public Optional<PublishedValue> cell(String... key) {
        List<String> wanted = List.of(key);
        return cells.stream().filter(cell -> cell.key().equals(wanted)).map(PublishedCell::value).findFirst();
    }

    public Optional<PublishedValue> lineTotal(String summedOver, String... groupKey) {
        List<String> wanted = List.of(groupKey);
        return lineTotals.stream()
                .filter(total -> total.summedOver().equals(summedOver) && total.groupKey().equals(wanted))
                .map(PublishedTotal::value)
                .findFirst();
    }
}
