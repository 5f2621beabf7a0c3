package se.jamtland.bench;

import java.util.Arrays;

/** A growable array of nanosecond latencies, to keep boxing out of the measuring loops. */
final class LatencyLog {

    private long[] values = new long[1 << 14];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
