package se.jamtland.statistics.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An aggregate table as counted, before anything is published: the grouping dimensions in order (for example
 * {@code unit, insats, kommun}) and the cells. A combination that is not listed counts as 0, so structural zeros
 * need not be listed.
 */
public record StatisticsTable(List<String> dimensions, List<TableCell> cells) {

    public StatisticsTable {
        dimensions = List.copyOf(dimensions);
        cells = List.copyOf(cells);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one dimension");
        }
        if (Set.copyOf(dimensions).size() != dimensions.size()) {
            throw new IllegalArgumentException("Dimension names must be unique: " + dimensions);
        }
        Set<List<String>> keys = new HashSet<>();
        for (TableCell cell : cells) {
            if (cell.key().size() != dimensions.size()) {
                throw new IllegalArgumentException(
                        "Cell " + cell.key() + " does not have one value for each of " + dimensions);
            }
            // A second count for the same key would be silently added or dropped; the caller must aggregate first.
            if (!keys.add(cell.key())) {
                throw new IllegalArgumentException("Cell " + cell.key() + " is listed twice");
            }
        }
    }

    public static StatisticsTable of(List<String> dimensions, TableCell... cells) {
        return new StatisticsTable(dimensions, List.of(cells));
    }
}
