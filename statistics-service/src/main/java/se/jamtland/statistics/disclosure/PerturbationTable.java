package se.jamtland.statistics.disclosure;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The Cell Key Method's perturbation table ({@code perturbation-table.yaml}): for an original value's class, the
 * probability of each change from {@code -D} to {@code +D}. A cell key picks the change whose interval of cumulative
 * probability holds it. The table is read once and checked: every row adds up to exactly 1, changes stay within
 * {@code D}, no change makes a count negative, and zero stays zero. Mean 0 and variance V are the design's, checked
 * by PerturbationTableTest (they hold to the rounding of the file, not exactly).
 */
public final class PerturbationTable {

    public static final String FILE = "perturbation-table.yaml";

    /** One original value class: its value (the last class stands for every larger value too) and its changes. */
    public record Row(int original, boolean andLarger, NavigableMap<Integer, BigDecimal> changes) {
    }

    private final String version;
    private final int maximumDeviation;
    private final BigDecimal variance;
    private final List<Row> rows;
    /** Per class, the upper ends of the changes' key intervals, in units of 2^-32; the last is 2^32. */
    private final List<long[]> upperBounds = new ArrayList<>();
    private final List<int[]> changesInOrder = new ArrayList<>();

    PerturbationTable(Map<?, ?> file) {
        this.version = text(file, "version");
        text(file, "description");
        text(file, "reference");
        if (!(file.get("parameters") instanceof Map<?, ?> parameters)) {
            throw invalid("parameters are missing");
        }
        this.maximumDeviation = Integer.parseInt(String.valueOf(parameters.get("maximum-deviation")));
        this.variance = new BigDecimal(String.valueOf(parameters.get("variance")));
        if (!"0".equals(String.valueOf(parameters.get("js")))) {
            throw invalid("only js = 0 (zeros stay zero, no positive count blocked) is implemented");
        }
        if (!(file.get("classes") instanceof List<?> classes) || classes.isEmpty()) {
            throw invalid("classes are missing");
        }
        List<Row> read = new ArrayList<>();
        for (Object entry : classes) {
            read.add(row(entry, read.size()));
        }
        if (!read.get(read.size() - 1).andLarger() || read.stream().limit(read.size() - 1).anyMatch(Row::andLarger)) {
            throw invalid("only the last class stands for every larger value");
        }
        if (!read.get(0).changes().equals(new TreeMap<>(Map.of(0, BigDecimal.ONE)))) {
            throw invalid("zero must stay zero");
        }
        this.rows = List.copyOf(read);
        for (Row row : rows) {
            long[] bounds = new long[row.changes().size()];
            int[] changes = new int[row.changes().size()];
            BigDecimal cumulative = BigDecimal.ZERO;
            int at = 0;
            for (Map.Entry<Integer, BigDecimal> change : row.changes().entrySet()) {
                cumulative = cumulative.add(change.getValue());
                bounds[at] = cumulative.multiply(BigDecimal.valueOf(RecordKey.MODULUS))
                        .setScale(0, RoundingMode.CEILING).longValueExact();
                changes[at++] = change.getKey();
            }
            upperBounds.add(bounds);
            changesInOrder.add(changes);
        }
    }

    /** The table on the classpath; a missing or broken one stops the service at start. */
    public static PerturbationTable load() {
        try (InputStream in = PerturbationTable.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the classpath");
            }
            if (!(new Yaml(new SafeConstructor(new LoaderOptions())).load(in) instanceof Map<?, ?> file)) {
                throw invalid("not a map");
            }
            return new PerturbationTable(file);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " could not be read", e);
        }
    }

    /** The name every published table carries, so a reader knows which table perturbed it. */
    public String version() {
        return version;
    }

    public int maximumDeviation() {
        return maximumDeviation;
    }

    public BigDecimal variance() {
        return variance;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The change for a true value and a cell key.
     *
     * @param cellKey the cell's key sum modulo 2^32, i.e. the key times 2^32
     */
    int change(long value, long cellKey) {
        int row = (int) Math.min(value, rows.size() - 1);
        long[] bounds = upperBounds.get(row);
        for (int at = 0; at < bounds.length; at++) {
            if (cellKey < bounds[at]) {
                return changesInOrder.get(row)[at];
            }
        }
        throw new IllegalArgumentException("A cell key is below 2^32");
    }

    private Row row(Object entry, int expectedOriginal) {
        if (!(entry instanceof Map<?, ?> row) || !(row.get("changes") instanceof Map<?, ?> changes)) {
            throw invalid("a class without changes");
        }
        int original = Integer.parseInt(String.valueOf(row.get("original")));
        if (original != expectedOriginal) {
            throw invalid("classes must be 0, 1, 2, ... in order");
        }
        NavigableMap<Integer, BigDecimal> probabilities = new TreeMap<>();
        changes.forEach((change, probability) -> probabilities.put(Integer.parseInt(String.valueOf(change)),
                new BigDecimal(String.valueOf(probability))));
        BigDecimal sum = probabilities.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw invalid("the changes of " + original + " add up to " + sum + ", not 1");
        }
        for (Map.Entry<Integer, BigDecimal> change : probabilities.entrySet()) {
            if (Math.abs(change.getKey()) > maximumDeviation || original + change.getKey() < 0
                    || change.getValue().signum() <= 0) {
                throw invalid("the change " + change.getKey() + " of " + original
                        + " is beyond D, makes a negative count, or has no positive probability");
            }
        }
        return new Row(original, Boolean.TRUE.equals(row.get("and-larger")),
                Collections.unmodifiableNavigableMap(probabilities));
    }

    private static String text(Map<?, ?> file, String field) {
        if (!(file.get(field) instanceof String text) || text.isBlank()) {
            throw invalid(field + " is missing");
        }
        return text;
    }

    private static IllegalStateException invalid(String why) {
        return new IllegalStateException(FILE + ": " + why);
    }
}
