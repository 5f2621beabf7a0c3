package se.jamtland.statistics.disclosure;

import java.util.Random;

/**
 * The Cell Key Method's record keys (SCB from reference year 2025; the R package {@code cellKey}): each counted event
 * draws a key uniform on [0, 1), and a cell's key is the fractional part of the sum of the keys of the events it
 * covers. Keys are kept as whole numbers in [0, 2^32), standing for {@code key / 2^32}, so that sums modulo 2^32 are
 * exact wherever they are taken (the database adds them per aggregate row, {@link CellKeyMethod} per published cell)
 * and the same events always give the same cell key. No key, record or cell, ever leaves statistics-service.
 */
public final class RecordKey {

    /** 2^32: keys and key sums are below it; a sum is taken modulo it. */
    public static final long MODULUS = 1L << 32;

    private RecordKey() {
    }

    /** A fresh record key; the consumer passes a {@code SecureRandom}, since a predictable key would be a weakness. */
    public static long draw(Random random) {
        return Integer.toUnsignedLong(random.nextInt());
    }

    /** The key sum of two sets of records together. */
    static long add(long keySum, long other) {
        return (keySum + other) % MODULUS;
    }

    static boolean valid(long keySum) {
        return keySum >= 0 && keySum < MODULUS;
    }
}
