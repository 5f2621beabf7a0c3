package se.jamtland.statistics.disclosure;

import java.util.List;

/**
 * The total of one line of the table: the sum over {@code summedOver} of all cells that share {@code groupKey},
 * the values of the other dimensions in the table's dimension order. For dimensions {@code [kommun, gender]},
 * {@code new PublishedTotal("gender", ["2380"], ...)} is Östersund's total over all genders.
 */
public record PublishedTotal(String summedOver, List<String> groupKey, PublishedValue value) {

    public PublishedTotal {
        groupKey = List.copyOf(groupKey);
    }

    @Override
    public String toString() {
        return "sum over " + summedOver + " " + groupKey + "=" + value.display();
    }
}
