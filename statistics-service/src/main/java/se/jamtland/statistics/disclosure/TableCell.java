package se.jamtland.statistics.disclosure;

import java.util.List;

/**
 * One cell of an aggregate table before disclosure control: the values of the grouping dimensions, in the
 * table's dimension order, and how many cases (or persons) fall into it.
 */
public record TableCell(List<String> key, long count) {

    public TableCell {
        key = List.copyOf(key);
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + key + " has " + count);
        }
    }

    public static TableCell of(long count, String... key) {
        return new TableCell(List.of(key), count);
    }
}
