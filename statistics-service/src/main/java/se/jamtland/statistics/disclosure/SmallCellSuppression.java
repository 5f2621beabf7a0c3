package se.jamtland.statistics.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Disclosure control for an aggregate table, so that no person can be singled out in the county's statistics on
 * violence, drug use and the like by kommun, age band and gender (domain.md, "Statistics vocabulary": small cells).
 *
 * <p>The table is read as a set of <em>lines</em>, each an equation {@code total = sum of parts}:
 * <ul>
 *   <li>for each dimension and each combination of the other dimensions' values that occurs, the cells that
 *       differ only in that dimension, with their line total (with one dimension, the whole table with the grand
 *       total);</li>
 *   <li>for each dimension, its line totals, which add up to the grand total;</li>
 *   <li>all cells, which add up to the grand total.</li>
 * </ul>
 *
 * <p>Rules:
 * <ol>
 *   <li>Primary suppression: every count, cell or total, from 1 to {@code threshold - 1} is hidden. Zero is
 *       shown; a hidden value is therefore known to be at least 1.</li>
 *   <li>Secondary suppression, repeated until no line changes: a line must not have exactly one hidden member,
 *       since the other members would give it back by subtraction (or, for a hidden total, by addition). Nor may
 *       a line with a shown total have hidden parts that add up to their own number, since each of them would
 *       then have to be 1. Such a line gets its smallest shown non-zero part hidden as well (ties broken by key
 *       order), or its total when it has no such part.</li>
 *   <li>Lines taken together: the line rule only looks at one line at a time, but subtracting one line from another
 *       can still pin a hidden value down (two rectangles of hidden cells joined by one hidden cell in 2-D; in
 *       3-D, the line totals of two dimensions that share a hidden total, which no single line shows). So all
 *       lines are solved together as a system of equations in the hidden values; while one of them is
 *       determined, the smallest shown non-zero member of its lines is hidden too, and rule 2 runs again.</li>
 * </ol>
 */
public final class SmallCellSuppression {

    /** domain.md, "Statistics vocabulary": a count between 1 and 4 is published as {@code <5}. */
    public static final int DEFAULT_THRESHOLD = 5;

    private static final Comparator<List<String>> KEY_ORDER = SmallCellSuppression::compareKeys;

    private final int threshold;

    public SmallCellSuppression() {
        this(DEFAULT_THRESHOLD);
    }

    public SmallCellSuppression(int threshold) {
        // With a threshold of 1 nothing would ever be hidden, which is never what a publication of small counts wants.
        if (threshold < 2) {
            throw new IllegalArgumentException("The threshold must be at least 2, was " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public PublishedTable suppress(StatisticsTable table) {
        Worksheet sheet = Worksheet.of(table);
        hideSmallCounts(sheet);
        hideUntilNoLineGivesAValueAway(sheet);
        List<Integer> givenAway = HiddenValueSystem.determinedEntries(sheet);
        while (!givenAway.isEmpty()) {
            hideAlongside(sheet, givenAway);
            hideUntilNoLineGivesAValueAway(sheet);
            givenAway = HiddenValueSystem.determinedEntries(sheet);
        }
        return publish(table.dimensions(), sheet);
    }

    private void hideSmallCounts(Worksheet sheet) {
        for (int entry = 0; entry < sheet.size(); entry++) {
            long count = sheet.value(entry);
            if (count >= 1 && count < threshold) {
                sheet.hide(entry);
            }
        }
    }

    private static void hideUntilNoLineGivesAValueAway(Worksheet sheet) {
        boolean changed;
        do {
            changed = false;
            for (Line line : sheet.lines()) {
                while (givesAValueAway(sheet, line)) {
                    sheet.hide(nextToHide(sheet, line));
                    changed = true;
                }
            }
        } while (changed);
    }

    private static boolean givesAValueAway(Worksheet sheet, Line line) {
        int hiddenParts = 0;
        long hiddenSum = 0;
        for (int part : line.parts()) {
            if (sheet.hidden(part)) {
                hiddenParts++;
                hiddenSum += sheet.value(part);
            }
        }
        boolean totalHidden = sheet.hidden(line.total());
        if (hiddenParts + (totalHidden ? 1 : 0) == 1) {
            return true;
        }
        // Zero is always shown, so each hidden part is at least 1: k hidden parts adding up to k are all 1.
        return !totalHidden && hiddenParts >= 2 && hiddenSum == hiddenParts;
    }

    /** The smallest shown non-zero part costs the reader least; without one, only the total is left to hide. */
    private static int nextToHide(Worksheet sheet, Line line) {
        int chosen = -1;
        for (int part : line.parts()) {
            chosen = smallerShownNonZero(sheet, chosen, part);
        }
        if (chosen >= 0) {
            return chosen;
        }
        if (!sheet.hidden(line.total())) {
            return line.total();
        }
        throw new IllegalStateException("A line with a hidden total and no shown non-zero part cannot give a value away");
    }

    /**
     * One more hidden value for each entry that the lines pin down, in entry order. An entry sharing a line total
     * with a value hidden earlier in the same round waits for the next round, since that value may already have
     * freed it. (The lines that end in the grand total hold a whole dimension, so they would hold back nearly
     * everything.) Solving the system once per round rather than once per entry keeps large tables fast.
     */
    private static void hideAlongside(Worksheet sheet, List<Integer> givenAway) {
        Set<Line> changedLines = new HashSet<>();
        for (int entry : givenAway) {
            if (sheet.linesWith(entry).stream().anyMatch(changedLines::contains)) {
                continue;
            }
            int next = nextToHideAlongside(sheet, entry);
            // Only a value freed earlier in this round can be without a candidate; the next round checks it again.
            if (next >= 0) {
                sheet.hide(next);
                sheet.linesWith(next).stream()
                        .filter(line -> line.total() != sheet.grandTotal())
                        .forEach(changedLines::add);
            }
        }
    }

    /**
     * A new unknown in one of the entry's own lines is the likeliest to break the combination that pins it down;
     * failing that, any shown non-zero entry; -1 if there is none. A value still determined always has a
     * candidate: with every non-zero entry hidden, the shown values are all 0, and equations whose constants are
     * all 0 can only determine a value as 0, which a hidden value never is. So {@link #suppress} always ends.
     */
    private static int nextToHideAlongside(Worksheet sheet, int givenAway) {
        int chosen = -1;
        for (Line line : sheet.linesWith(givenAway)) {
            chosen = smallerShownNonZero(sheet, chosen, line.total());
            for (int part : line.parts()) {
                chosen = smallerShownNonZero(sheet, chosen, part);
            }
        }
        for (int entry = 0; chosen < 0 && entry < sheet.size(); entry++) {
            chosen = smallerShownNonZero(sheet, chosen, entry);
        }
        return chosen;
    }

    /** Entry numbers follow key order, so among equal counts the first in key order wins. */
    private static int smallerShownNonZero(Worksheet sheet, int chosen, int candidate) {
        if (sheet.hidden(candidate) || sheet.value(candidate) == 0) {
            return chosen;
        }
        boolean smaller = chosen < 0 || sheet.value(candidate) < sheet.value(chosen)
                || (sheet.value(candidate) == sheet.value(chosen) && candidate < chosen);
        return smaller ? candidate : chosen;
    }

    private PublishedTable publish(List<String> dimensions, Worksheet sheet) {
        List<PublishedCell> cells = new ArrayList<>();
        for (int cell = 0; cell < sheet.cellKeys().size(); cell++) {
            cells.add(new PublishedCell(sheet.cellKeys().get(cell), published(sheet, cell)));
        }
        List<PublishedTotal> lineTotals = new ArrayList<>();
        for (LineTotal total : sheet.lineTotals()) {
            lineTotals.add(new PublishedTotal(
                    dimensions.get(total.summedOver()), total.groupKey(), published(sheet, total.entry())));
        }
        return new PublishedTable(
                dimensions, threshold, cells, lineTotals, published(sheet, sheet.grandTotal()));
    }

    private PublishedValue published(Worksheet sheet, int entry) {
        return sheet.hidden(entry)
                ? new PublishedValue.Suppressed(threshold, sheet.value(entry) > 0 && sheet.value(entry) < threshold)
                : new PublishedValue.Shown(sheet.value(entry));
    }

    private static int compareKeys(List<String> left, List<String> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int byValue = left.get(i).compareTo(right.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /** One equation of the table: {@code total = sum of parts}, as entry numbers of the worksheet. */
    private record Line(int total, List<Integer> parts) {
    }

    /** Where a line total sits in the worksheet and what it is the total of. */
    private record LineTotal(int entry, int summedOver, List<String> groupKey) {
    }

    /**
     * The working copy with the true counts. Entries are numbered cells first (in key order), then line totals,
     * then the grand total. It never leaves this class, so no true count of a hidden value reaches the output.
     */
    private static final class Worksheet {

        private final List<List<String>> cellKeys;
        private final List<LineTotal> lineTotals;
        private final long[] values;
        private final boolean[] hidden;
        private final List<Line> lines;
        private final List<List<Line>> linesPerEntry;

        private Worksheet(List<List<String>> cellKeys, List<LineTotal> lineTotals, long[] values, List<Line> lines) {
            this.cellKeys = cellKeys;
            this.lineTotals = lineTotals;
            this.values = values;
            this.hidden = new boolean[values.length];
            this.lines = lines;
            this.linesPerEntry = new ArrayList<>();
            for (int entry = 0; entry < values.length; entry++) {
                linesPerEntry.add(new ArrayList<>());
            }
            for (Line line : lines) {
                linesPerEntry.get(line.total()).add(line);
                line.parts().forEach(part -> linesPerEntry.get(part).add(line));
            }
        }

        static Worksheet of(StatisticsTable table) {
            List<TableCell> cells = table.cells().stream()
                    .sorted(Comparator.comparing(TableCell::key, KEY_ORDER))
                    .toList();
            List<Long> values = new ArrayList<>();
            List<Integer> allCells = new ArrayList<>();
            long grandTotal = 0;
            for (TableCell cell : cells) {
                allCells.add(values.size());
                values.add(cell.count());
                grandTotal = Math.addExact(grandTotal, cell.count());
            }

            List<LineTotal> lineTotals = new ArrayList<>();
            List<Line> lines = new ArrayList<>();
            List<List<Integer>> totalsPerDimension = new ArrayList<>();
            // With one dimension the only line is the whole table, whose total is the grand total.
            int dimensionCount = table.dimensions().size();
            for (int dimension = 0; dimensionCount > 1 && dimension < dimensionCount; dimension++) {
                List<Integer> totalsOfDimension = new ArrayList<>();
                for (Map.Entry<List<String>, List<Integer>> group : linesOver(dimension, cells).entrySet()) {
                    int entry = values.size();
                    values.add(group.getValue().stream().mapToLong(values::get).reduce(0, Math::addExact));
                    lineTotals.add(new LineTotal(entry, dimension, group.getKey()));
                    lines.add(new Line(entry, group.getValue()));
                    totalsOfDimension.add(entry);
                }
                totalsPerDimension.add(totalsOfDimension);
            }
            int grand = values.size();
            values.add(grandTotal);
            // The line totals of one dimension add up to the grand total, so they can give each other away too.
            totalsPerDimension.forEach(totals -> lines.add(new Line(grand, totals)));
            lines.add(new Line(grand, allCells));

            long[] counts = values.stream().mapToLong(Long::longValue).toArray();
            return new Worksheet(cells.stream().map(TableCell::key).toList(), List.copyOf(lineTotals), counts,
                    List.copyOf(lines));
        }

        /** The cells (as entry numbers) of each line over the dimension, by the values of the other dimensions. */
        private static Map<List<String>, List<Integer>> linesOver(int dimension, List<TableCell> cells) {
            Map<List<String>, List<Integer>> lines = new TreeMap<>(KEY_ORDER);
            for (int cell = 0; cell < cells.size(); cell++) {
                List<String> groupKey = new ArrayList<>(cells.get(cell).key());
                groupKey.remove(dimension);
                lines.computeIfAbsent(List.copyOf(groupKey), key -> new ArrayList<>()).add(cell);
            }
            return lines;
        }

        int size() {
            return values.length;
        }

        long value(int entry) {
            return values[entry];
        }

        boolean hidden(int entry) {
            return hidden[entry];
        }

        void hide(int entry) {
            hidden[entry] = true;
        }

        int grandTotal() {
            return values.length - 1;
        }

        List<List<String>> cellKeys() {
            return cellKeys;
        }

        List<LineTotal> lineTotals() {
            return lineTotals;
        }

        List<Line> lines() {
            return lines;
        }

        List<Line> linesWith(int entry) {
            return linesPerEntry.get(entry);
        }
    }

    /**
     * All lines as one system of linear equations in the hidden values, {@code total - sum of parts = 0} with the
     * shown values as constants. A hidden value is determined, whatever the constants, exactly when elimination
     * leaves an equation with that value alone.
     *
     * <p>Elimination runs modulo the prime 2^31 - 1 so that it stays in {@code long} and is fast. It can err in two
     * ways: finding a value determined that is not, which only costs an extra suppression; or missing one, which
     * needs the prime to divide a non-zero determinant of the table's equations (coefficients 0 and ±1). That is
     * not expected at county sizes, and the tests check the outcome with an exact attacker in whole numbers.
     */
    private static final class HiddenValueSystem {

        private static final long PRIME = 2_147_483_647L;

        private HiddenValueSystem() {
        }

        /** The hidden entries that the shown values determine, in entry order. */
        static List<Integer> determinedEntries(Worksheet sheet) {
            int[] unknownOf = new int[sheet.size()];
            List<Integer> entryOf = new ArrayList<>();
            for (int entry = 0; entry < sheet.size(); entry++) {
                unknownOf[entry] = sheet.hidden(entry) ? entryOf.size() : -1;
                if (sheet.hidden(entry)) {
                    entryOf.add(entry);
                }
            }
            List<long[]> equations = new ArrayList<>();
            for (Line line : sheet.lines()) {
                long[] equation = new long[entryOf.size()];
                boolean hasUnknown = addTo(equation, unknownOf[line.total()], 1);
                for (int part : line.parts()) {
                    hasUnknown |= addTo(equation, unknownOf[part], PRIME - 1);
                }
                if (hasUnknown) {
                    equations.add(equation);
                }
            }
            reduce(equations, entryOf.size());

            List<Integer> determined = new ArrayList<>();
            for (long[] equation : equations) {
                int onlyUnknown = onlyUnknownIn(equation);
                if (onlyUnknown >= 0) {
                    determined.add(entryOf.get(onlyUnknown));
                }
            }
            Collections.sort(determined);
            return determined;
        }

        private static boolean addTo(long[] equation, int unknown, long coefficient) {
            if (unknown < 0) {
                return false;
            }
            equation[unknown] = (equation[unknown] + coefficient) % PRIME;
            return true;
        }

        /** Gauss-Jordan: afterwards each pivot column is zero in every equation but its own. */
        private static void reduce(List<long[]> equations, int unknowns) {
            int pivotRow = 0;
            for (int column = 0; column < unknowns && pivotRow < equations.size(); column++) {
                int found = pivotRow;
                while (found < equations.size() && equations.get(found)[column] == 0) {
                    found++;
                }
                if (found == equations.size()) {
                    continue;
                }
                long[] pivot = equations.get(found);
                equations.set(found, equations.get(pivotRow));
                equations.set(pivotRow, pivot);
                scale(pivot, inverse(pivot[column]));
                for (long[] equation : equations) {
                    if (equation != pivot && equation[column] != 0) {
                        subtractMultiple(equation, pivot, equation[column]);
                    }
                }
                pivotRow++;
            }
        }

        private static void scale(long[] equation, long factor) {
            for (int i = 0; i < equation.length; i++) {
                equation[i] = equation[i] * factor % PRIME;
            }
        }

        private static void subtractMultiple(long[] equation, long[] pivot, long factor) {
            for (int i = 0; i < equation.length; i++) {
                if (pivot[i] != 0) {
                    equation[i] = Math.floorMod(equation[i] - factor * pivot[i] % PRIME, PRIME);
                }
            }
        }

        private static long inverse(long value) {
            // Fermat: value^(p-2) is the inverse of value modulo the prime p.
            long result = 1;
            long base = value;
            for (long exponent = PRIME - 2; exponent > 0; exponent >>= 1) {
                if ((exponent & 1) == 1) {
                    result = result * base % PRIME;
                }
                base = base * base % PRIME;
            }
            return result;
        }

        private static int onlyUnknownIn(long[] equation) {
            int only = -1;
            for (int i = 0; i < equation.length; i++) {
                if (equation[i] != 0) {
                    if (only >= 0) {
                        return -1;
                    }
                    only = i;
                }
            }
            return only;
        }
    }
}
