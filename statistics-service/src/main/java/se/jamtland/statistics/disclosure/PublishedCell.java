package se.jamtland.statistics.disclosure;

import java.util.List;

/** One input cell after disclosure control; the key has one value per dimension, in the table's order. */
public record PublishedCell(List<String> key, PublishedValue value) {

    public PublishedCell {
        key = List.copyOf(key);
    }

    @Override
    public String toString() {
        return key + "=" + value.display();
    }
}
