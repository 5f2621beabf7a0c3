package se.jamtland.statistics.disclosure;

import java.util.List;
import java.util.Optional;

/**
 * A table ready to publish: every input cell, every line total and the grand total, each perturbed on its own by the
 * Cell Key Method (so parts need not add up to their totals), and shown as a number or as below the threshold. It
 * holds no true count and no key, so it can be handed to serialisation or logging as it is.
 *
 * @param dimensions         the grouping dimensions, in order
 * @param threshold          published values from 1 to {@code threshold - 1} show only as {@code "<threshold"}
 * @param perturbationTable  the version of the perturbation table that perturbed it
 * @param maximumDeviation   the largest change that table makes (its D)
 * @param cells              sorted by key
 * @param lineTotals         sorted by the dimension summed over (in dimension order), then by group key; empty for a
 *                           table of one dimension, whose only line total is the grand total
 * @param grandTotal         the total of all cells, perturbed as a cell of its own
 */
public record PublishedTable(List<String> dimensions, int threshold, String perturbationTable,
                             int maximumDeviation, List<PublishedCell> cells, List<PublishedTotal> lineTotals, PublishedValue grandTotal) {

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
