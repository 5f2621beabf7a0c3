package se.jamtland.statistics.disclosure;

import java.util.List;

/**
 * One cell of an aggregate table before disclosure control: the values of the grouping dimensions, in the
 * table's dimension order, how many events fall into it, and the sum modulo 2^32 of their record keys
 * ({@link RecordKey}), from which its cell key comes.
 */
public record TableCell(List<String> key, long count, long keySum) {

    public TableCell {
        key = List.copyOf(key);
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + key + " has " + count);
        }
        if (!RecordKey.valid(keySum)) {
            throw new IllegalArgumentException("A key sum is taken modulo 2^32: " + key);
        }
    }

    public static TableCell of(long count, long keySum, String... key) {
        return new TableCell(List.of(key), count, keySum);
    }

    /** Without the key sum: a cell's key is never shown, logged or serialised. */
    @Override
    public String toString() {
        return key + "=" + count;
    }
}
