package se.jamtland.bench;

/** Nearest-rank percentiles over an already sorted array, for both benches. */
final class Percentiles {

    private Percentiles() {
    }

    /** @return the value at {@code quantile} (0..1), or NaN when there are no values */
    static double of(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }
}
