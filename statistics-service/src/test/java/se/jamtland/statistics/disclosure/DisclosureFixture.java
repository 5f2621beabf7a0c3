package se.jamtland.statistics.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the disclosure tests share: the dimensions they use, the threshold, the county's table, cell keys by choice. */
public final class DisclosureFixture {

    public static final List<String> KOMMUN = List.of("kommun");
    public static final List<String> KOMMUN_GENDER = List.of("kommun", "gender");

    /**
     * domain.md, "Statistics vocabulary": a count between 1 and 4 is published as {@code <5}. The service reads the
     * county's threshold from statistics-parameters.yaml (PublicationParametersTest checks that it says 5).
     */
    public static final int THRESHOLD = 5;

    /** The county's perturbation table, perturbation-table.yaml, as the service reads it. */
    public static final PerturbationTable TABLE = PerturbationTable.load();

    private DisclosureFixture() {
    }

    public static CellKeyMethod cellKeyMethod() {
        return new CellKeyMethod(THRESHOLD, TABLE);
    }

    /**
     * A key sum whose cell key falls in the middle of the interval of {@code change} for {@code count}, so a test can
     * say which change a cell gets; read from the table's probabilities, not from the method under test.
     */
    public static long keyFor(long count, int change) {
        PerturbationTable.Row row = TABLE.rows().get((int) Math.min(count, TABLE.rows().size() - 1));
        BigDecimal before = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> entry : row.changes().entrySet()) {
            if (entry.getKey() == change) {
                BigDecimal middle = before.add(entry.getValue().divide(BigDecimal.valueOf(2)));
                return middle.multiply(BigDecimal.valueOf(RecordKey.MODULUS)).longValue();
            }
            before = before.add(entry.getValue());
        }
        throw new IllegalArgumentException("The table has no change " + change + " for " + count);
    }

    /** The key sum that, added to {@code others}, gives {@code wanted}: for a total whose change a test chooses. */
    public static long keyMaking(long wanted, long... others) {
        long sum = 0;
        for (long other : others) {
            sum = RecordKey.add(sum, other);
        }
        return Math.floorMod(wanted - sum, RecordKey.MODULUS);
    }

    /** The key without its value of {@code summedOver}: the line total the cell belongs to over that dimension. */
    public static List<String> groupKey(List<String> dimensions, String summedOver, List<String> key) {
        List<String> groupKey = new ArrayList<>(key);
        groupKey.remove(dimensions.indexOf(summedOver));
        return groupKey;
    }

    public static int byKey(List<String> left, List<String> right) {
        return String.join("\u0000", left).compareTo(String.join("\u0000", right));
    }

    public static List<String> displays(PublishedTable published) {
        return published.cells().stream().map(cell -> cell.value().display()).toList();
    }
}
