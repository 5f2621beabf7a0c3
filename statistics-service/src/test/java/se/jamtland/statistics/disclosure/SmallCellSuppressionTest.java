package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallCellSuppressionTest {

    private static final List<String> KOMMUN = List.of("kommun");
    private static final List<String> KOMMUN_GENDER = List.of("kommun", "gender");

    /** Åre's total is 3, and Åre is the only kommun with men or others; structural zeros are left out. */
    private static final StatisticsTable ARE_GIVEN_AWAY_BY_TWO_LINES = StatisticsTable.of(KOMMUN_GENDER,
            TableCell.of(50, "Berg", "female"), TableCell.of(2, "Krokom", "female"),
            TableCell.of(2, "Åre", "male"), TableCell.of(1, "Åre", "other"));

    private final SmallCellSuppression suppression = new SmallCellSuppression();

    @Nested
    class Primary_suppression {

        @Test
        void a_count_of_zero_is_published_as_zero() {
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN,
                    TableCell.of(0, "Berg"), TableCell.of(40, "Krokom"), TableCell.of(60, "Åre")));

            assertThat(published.cell("Berg")).hasValueSatisfying(value -> {
                assertThat(value.suppressed()).isFalse();
                assertThat(value.display()).isEqualTo("0");
                assertThat(value.number()).hasValue(0);
            });
        }

        @ParameterizedTest(name = "a count of {0} is published as less than five")
        @ValueSource(longs = {1, 2, 3, 4})
        void a_count_from_one_to_four_is_published_as_less_than_five(long count) {
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN,
                    TableCell.of(count, "Berg"), TableCell.of(40, "Krokom"), TableCell.of(60, "Åre")));

            assertThat(published.cell("Berg")).hasValueSatisfying(value -> {
                assertThat(value.suppressed()).isTrue();
                assertThat(value.display()).isEqualTo("<5");
                assertThat(value.number()).isEmpty();
            });
        }

        @Test
        void a_count_of_five_is_published_as_it_is() {
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN,
                    TableCell.of(5, "Berg"), TableCell.of(40, "Krokom"), TableCell.of(60, "Åre")));

            assertThat(published.cell("Berg").orElseThrow().display()).isEqualTo("5");
            assertThat(published.cell("Berg").orElseThrow().number()).hasValue(5);
        }

        @Test
        void the_threshold_is_configurable() {
            PublishedTable published = new SmallCellSuppression(3).suppress(StatisticsTable.of(KOMMUN,
                    TableCell.of(2, "Berg"), TableCell.of(3, "Bräcke"), TableCell.of(40, "Krokom"),
                    TableCell.of(60, "Åre")));

            assertThat(published.threshold()).isEqualTo(3);
            assertThat(displays(published)).containsExactly("<3", "..", "40", "60");
            assertThat(published.grandTotal().display()).isEqualTo("105");
            assertThat(SubtractionAttacker.recover(published)).isEmpty();
        }

        @Test
        void a_threshold_below_two_is_refused() {
            assertThatThrownBy(() -> new SmallCellSuppression(1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class One_dimension {

        @Test
        void the_smallest_other_count_is_hidden_so_the_grand_total_does_not_give_away_a_small_one() {
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN,
                    TableCell.of(3, "2309"), TableCell.of(0, "2321"), TableCell.of(12, "2326"),
                    TableCell.of(40, "2380"), TableCell.of(12, "2361")));

            // Both 12s are equally small; the first in key order (2326 before 2361) is the one hidden.
            assertThat(published.cells()).extracting(PublishedCell::toString).containsExactly(
                    "[2309]=<5", "[2321]=0", "[2326]=..", "[2361]=12", "[2380]=40");
            assertThat(published.lineTotals()).isEmpty();
            assertThat(published.grandTotal().display()).isEqualTo("67");
        }

        @Test
        void a_small_grand_total_is_hidden_together_with_its_cells() {
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN,
                    TableCell.of(3, "Berg"), TableCell.of(0, "Krokom")));

            assertThat(displays(published)).containsExactly("<5", "0");
            assertThat(published.grandTotal().display()).isEqualTo("<5");
        }

        @Test
        void hidden_ones_are_not_given_away_by_a_sum_equal_to_their_number() {
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN,
                    TableCell.of(1, "Berg"), TableCell.of(1, "Bräcke"), TableCell.of(20, "Krokom"),
                    TableCell.of(30, "Åre")));

            // 52 - 20 - 30 = 2 shared by two hidden counts of at least 1 each would make both exactly 1.
            assertThat(displays(published)).containsExactly("<5", "<5", "..", "30");
            assertThat(published.grandTotal().display()).isEqualTo("52");
        }

        @Test
        void an_empty_table_has_a_grand_total_of_zero() {
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN));

            assertThat(published.cells()).isEmpty();
            assertThat(published.grandTotal().display()).isEqualTo("0");
        }
    }

    @Nested
    class Two_dimensions {

        @Test
        void a_small_cell_gets_a_second_suppression_in_its_row_and_in_its_column() {
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN_GENDER,
                    TableCell.of(3, "Berg", "female"), TableCell.of(20, "Berg", "male"),
                    TableCell.of(30, "Krokom", "female"), TableCell.of(40, "Krokom", "male"),
                    TableCell.of(50, "Åre", "female"), TableCell.of(60, "Åre", "male")));

            // Berg/male is the only partner in its row; Krokom/female is the smallest in the column; and
            // Krokom/male closes the rectangle so that Krokom's row does not give Krokom/female away.
            assertThat(published.cells()).extracting(PublishedCell::toString).containsExactly(
                    "[Berg, female]=<5", "[Berg, male]=..",
                    "[Krokom, female]=..", "[Krokom, male]=..",
                    "[Åre, female]=50", "[Åre, male]=60");
            assertThat(published.lineTotals()).allSatisfy(total -> assertThat(total.value().suppressed()).isFalse());
            assertThat(published.lineTotal("gender", "Berg").orElseThrow().display()).isEqualTo("23");
            assertThat(published.lineTotal("kommun", "female").orElseThrow().display()).isEqualTo("83");
            assertThat(published.grandTotal().display()).isEqualTo("203");
            assertThat(SubtractionAttacker.recover(published)).isEmpty();
        }

        @Test
        void a_row_whose_only_non_zero_cell_is_small_has_its_row_total_hidden() {
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN_GENDER,
                    TableCell.of(3, "Berg", "female"), TableCell.of(0, "Berg", "male"),
                    TableCell.of(30, "Krokom", "female"), TableCell.of(40, "Krokom", "male"),
                    TableCell.of(50, "Åre", "female"), TableCell.of(60, "Åre", "male")));

            assertThat(published.lineTotal("gender", "Berg").orElseThrow().display()).isEqualTo("<5");
            assertThat(published.cell("Berg", "male").orElseThrow().display()).isEqualTo("0");
            // The row totals add up to the grand total, so a second row total has to go as well.
            assertThat(published.lineTotals().stream()
                    .filter(total -> total.summedOver().equals("gender"))
                    .filter(total -> total.value().suppressed())
                    .count()).isGreaterThanOrEqualTo(2);
            assertThat(published.grandTotal().display()).isEqualTo("183");
            assertThat(SubtractionAttacker.recover(published)).isEmpty();
        }

        @Test
        void a_hidden_count_that_only_two_lines_together_give_away_is_protected_too() {
            PublishedTable published = suppression.suppress(ARE_GIVEN_AWAY_BY_TWO_LINES);

            // Line by line the table is already safe (see the attacker test below); the grand total minus the
            // female column would still give Åre's total as exactly 3, so something more is hidden.
            assertThat(SubtractionAttacker.recover(published)).isEmpty();
            assertThat(LinearAttacker.recover(published)).isEmpty();
            assertPublishedTruthfully(ARE_GIVEN_AWAY_BY_TWO_LINES, published, SmallCellSuppression.DEFAULT_THRESHOLD);
        }

        @Test
        void the_same_cells_in_any_order_are_published_the_same_way() {
            List<TableCell> cells = new ArrayList<>(RandomTables.table(7, 2).cells());
            PublishedTable inOrder = suppression.suppress(new StatisticsTable(KOMMUN_GENDER, cells));
            Collections.shuffle(cells, new Random(11));
            PublishedTable shuffled = suppression.suppress(new StatisticsTable(KOMMUN_GENDER, cells));

            assertThat(shuffled).isEqualTo(inOrder);
            assertThat(inOrder.cells()).extracting(PublishedCell::key).isSortedAccordingTo(SmallCellSuppressionTest::byKey);
        }
    }

    @Nested
    class Three_dimensions {

        @Test
        void a_small_count_by_unit_insats_and_kommun_cannot_be_worked_back_out() {
            StatisticsTable table = StatisticsTable.of(List.of("unit", "insats", "kommun"),
                    TableCell.of(2, "cmv", "stodsamtal", "2303"), TableCell.of(14, "cmv", "stodsamtal", "2380"),
                    TableCell.of(9, "cmv", "samtal-om-vald", "2303"), TableCell.of(31, "cmv", "samtal-om-vald", "2380"),
                    TableCell.of(0, "minimaria", "stodsamtal", "2303"), TableCell.of(7, "minimaria", "stodsamtal", "2380"),
                    TableCell.of(6, "minimaria", "samtal-om-vald", "2303"), TableCell.of(25, "minimaria", "samtal-om-vald", "2380"));

            PublishedTable published = suppression.suppress(table);

            assertThat(published.cell("cmv", "stodsamtal", "2303").orElseThrow().display()).isEqualTo("<5");
            assertThat(published.lineTotals()).hasSize(12);
            assertThat(SubtractionAttacker.recover(published)).isEmpty();
            assertThat(LinearAttacker.recover(published)).isEmpty();
            assertPublishedTruthfully(table, published, SmallCellSuppression.DEFAULT_THRESHOLD);
        }
    }

    @Nested
    class Nothing_hidden_leaks {

        @Test
        void the_published_table_never_mentions_a_hidden_count() {
            // No key and no shown count or total (9, 95, 140, 104, 244, 60, 80) contains the digit 3, so any "3"
            // in the text would be the hidden count.
            PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN_GENDER,
                    TableCell.of(3, "Berg", "female"), TableCell.of(6, "Berg", "male"),
                    TableCell.of(41, "Krokom", "female"), TableCell.of(54, "Krokom", "male"),
                    TableCell.of(60, "Åre", "female"), TableCell.of(80, "Åre", "male")));

            assertThat(published.cell("Berg", "female").orElseThrow().suppressed()).isTrue();
            assertThat(published.grandTotal().display()).isEqualTo("244");
            assertThat(published.toString()).doesNotContain("3");
        }

        @Test
        void a_suppressed_value_knows_only_its_threshold() {
            PublishedValue suppressed = new PublishedValue.Suppressed(5, true);

            assertThat(PublishedValue.Suppressed.class.getRecordComponents())
                    .extracting(component -> component.getName()).containsExactly("threshold", "small");
            assertThat(suppressed).hasToString("<5");
            assertThat(new PublishedValue.Suppressed(5, false)).hasToString("..");
        }
    }

    /** The attackers are the yardstick of every other test, so they are shown to find what is there. */
    @Nested
    class The_attackers {

        @Test
        void the_subtraction_attacker_finds_a_line_with_a_single_hidden_cell() {
            PublishedTable onlyPrimary = new PublishedTable(KOMMUN, 5,
                    List.of(cell("Berg", hidden()), cell("Krokom", shown(40))), List.of(), shown(43));

            assertThat(SubtractionAttacker.recover(onlyPrimary)).containsExactly("all cells: the hidden part is 3");
        }

        @Test
        void the_subtraction_attacker_finds_hidden_ones_by_their_sum() {
            PublishedTable twoOnes = new PublishedTable(KOMMUN, 5,
                    List.of(cell("Berg", hidden()), cell("Bräcke", hidden()), cell("Krokom", shown(40))),
                    List.of(), shown(42));

            assertThat(SubtractionAttacker.recover(twoOnes)).containsExactly("all cells: every hidden part is 1");
        }

        @Test
        void the_linear_attacker_finds_what_only_two_lines_together_give_away() {
            // What the line rule alone publishes for ARE_GIVEN_AWAY_BY_TWO_LINES: every line has 0 or at least two
            // hidden members, yet 55 - 52 is the male and other columns, which only Åre has counts in.
            PublishedTable lineByLineSafe = new PublishedTable(KOMMUN_GENDER, 5,
                    List.of(cell("Berg", "female", hidden()), cell("Krokom", "female", hidden()),
                            cell("Åre", "male", hidden()), cell("Åre", "other", hidden())),
                    List.of(total("kommun", "female", shown(52)), total("kommun", "male", hidden()),
                            total("kommun", "other", hidden()), total("gender", "Berg", hidden()),
                            total("gender", "Krokom", hidden()), total("gender", "Åre", hidden())),
                    shown(55));

            assertThat(SubtractionAttacker.recover(lineByLineSafe)).isEmpty();
            assertThat(LinearAttacker.recover(lineByLineSafe)).containsExactly("sum over gender [Åre]=<5 is 3");
        }

        private PublishedCell cell(String kommun, PublishedValue value) {
            return new PublishedCell(List.of(kommun), value);
        }

        private PublishedCell cell(String kommun, String gender, PublishedValue value) {
            return new PublishedCell(List.of(kommun, gender), value);
        }

        private PublishedTotal total(String summedOver, String groupValue, PublishedValue value) {
            return new PublishedTotal(summedOver, List.of(groupValue), value);
        }

        private PublishedValue shown(long count) {
            return new PublishedValue.Shown(count);
        }

        private PublishedValue hidden() {
            return new PublishedValue.Suppressed(5, true);
        }
    }

    @Nested
    class Input {

        @Test
        void a_cell_listed_twice_is_refused() {
            assertThatThrownBy(() -> StatisticsTable.of(KOMMUN, TableCell.of(3, "Berg"), TableCell.of(4, "Berg")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        }

        @Test
        void a_cell_without_a_value_for_every_dimension_is_refused() {
            assertThatThrownBy(() -> StatisticsTable.of(KOMMUN_GENDER, TableCell.of(3, "Berg")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_negative_count_is_refused() {
            assertThatThrownBy(() -> TableCell.of(-1, "Berg")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Random_tables {

        @ParameterizedTest(name = "2-D table with seed {0}")
        @MethodSource("se.jamtland.statistics.disclosure.SmallCellSuppressionTest#seeds")
        void no_hidden_count_of_a_two_dimensional_table_can_be_worked_back_out(long seed) {
            assertSafeAndTruthful(RandomTables.table(seed, 2));
        }

        @ParameterizedTest(name = "3-D table with seed {0}")
        @MethodSource("se.jamtland.statistics.disclosure.SmallCellSuppressionTest#seeds")
        void no_hidden_count_of_a_three_dimensional_table_can_be_worked_back_out(long seed) {
            assertSafeAndTruthful(RandomTables.table(seed, 3));
        }

        @ParameterizedTest(name = "1-D table with seed {0}")
        @MethodSource("se.jamtland.statistics.disclosure.SmallCellSuppressionTest#fewSeeds")
        void no_hidden_count_of_a_one_dimensional_table_can_be_worked_back_out(long seed) {
            assertSafeAndTruthful(RandomTables.table(seed, 1));
        }

        private void assertSafeAndTruthful(StatisticsTable table) {
            PublishedTable published = suppression.suppress(table);

            assertThat(SubtractionAttacker.recover(published)).as("recovered by one line").isEmpty();
            assertThat(LinearAttacker.recover(published)).as("recovered by combining lines").isEmpty();
            assertPublishedTruthfully(table, published, SmallCellSuppression.DEFAULT_THRESHOLD);
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    static LongStream fewSeeds() {
        return LongStream.rangeClosed(1, 30);
    }

    /**
     * Every input cell is published once, in key order; every line total that should exist does; every count from
     * 1 to threshold - 1 is hidden; and every shown number is the true one.
     */
    private static void assertPublishedTruthfully(StatisticsTable table, PublishedTable published, int threshold) {
        Map<List<String>, Long> truth = new HashMap<>();
        table.cells().forEach(cell -> truth.put(cell.key(), cell.count()));
        assertThat(published.cells()).extracting(PublishedCell::key)
                .containsExactlyInAnyOrderElementsOf(truth.keySet())
                .isSortedAccordingTo(SmallCellSuppressionTest::byKey);
        for (PublishedCell cell : published.cells()) {
            assertPublishedTruthfully(cell.toString(), truth.get(cell.key()), cell.value(), threshold);
        }

        Map<String, Long> expectedTotals = new LinkedHashMap<>();
        if (table.dimensions().size() > 1) {
            for (String dimension : table.dimensions()) {
                for (TableCell cell : table.cells()) {
                    expectedTotals.merge(dimension + groupKey(table.dimensions(), dimension, cell.key()),
                            cell.count(), Long::sum);
                }
            }
        }
        assertThat(published.lineTotals()).extracting(total -> total.summedOver() + total.groupKey())
                .containsExactlyInAnyOrderElementsOf(expectedTotals.keySet());
        for (PublishedTotal total : published.lineTotals()) {
            long count = expectedTotals.get(total.summedOver() + total.groupKey());
            assertPublishedTruthfully(total.toString(), count, total.value(), threshold);
        }

        long grandTotal = table.cells().stream().mapToLong(TableCell::count).sum();
        assertPublishedTruthfully("grand total", grandTotal, published.grandTotal(), threshold);
    }

    private static void assertPublishedTruthfully(String what, long count, PublishedValue value, int threshold) {
        if (count >= 1 && count < threshold) {
            assertThat(value.suppressed()).as("%s must be hidden", what).isTrue();
        }
        if (value.suppressed()) {
            // "<5" is a statement about the count, so it may only stand for a small one; others show "..".
            assertThat(value.display()).as(what).isEqualTo(count < threshold ? "<" + threshold : "..");
            assertThat(count).as("%s: zero is never hidden", what).isPositive();
        } else {
            assertThat(value.number()).as(what).hasValue(count);
        }
    }

    private static List<String> groupKey(List<String> dimensions, String summedOver, List<String> key) {
        List<String> groupKey = new ArrayList<>(key);
        groupKey.remove(dimensions.indexOf(summedOver));
        return groupKey;
    }

    private static List<String> displays(PublishedTable published) {
        return published.cells().stream().map(cell -> cell.value().display()).toList();
    }

    private static int byKey(List<String> left, List<String> right) {
        return String.join("\u0000", left).compareTo(String.join("\u0000", right));
    }

    /**
     * The lines an attacker can read off the published table alone: for each line total the cells it adds up
     * (absent cells count as 0), the line totals of each dimension with the grand total, and all cells with the
     * grand total. With one dimension the cells and the grand total are the only line.
     */
    private static List<AttackLine> linesOf(PublishedTable published) {
        Member grandTotal = new Member("grand total", published.grandTotal());
        List<Member> allCells = published.cells().stream()
                .map(cell -> new Member("cell " + cell.key(), cell.value())).toList();
        List<AttackLine> lines = new ArrayList<>();
        lines.add(new AttackLine("all cells", grandTotal, allCells));
        for (String dimension : published.dimensions()) {
            List<PublishedTotal> totals = published.lineTotals().stream()
                    .filter(total -> total.summedOver().equals(dimension)).toList();
            if (totals.isEmpty()) {
                continue;
            }
            lines.add(new AttackLine("totals over " + dimension, grandTotal,
                    totals.stream().map(total -> new Member(total.toString(), total.value())).toList()));
            for (PublishedTotal total : totals) {
                List<Member> parts = published.cells().stream()
                        .filter(cell -> groupKey(published.dimensions(), dimension, cell.key()).equals(total.groupKey()))
                        .map(cell -> new Member("cell " + cell.key(), cell.value()))
                        .toList();
                lines.add(new AttackLine(total.toString(), new Member(total.toString(), total.value()), parts));
            }
        }
        return lines;
    }

    /** A published value and a name that is the same wherever it appears, so it is one unknown to an attacker. */
    private record Member(String name, PublishedValue value) {
    }

    private record AttackLine(String name, Member total, List<Member> parts) {

        long hiddenParts() {
            return parts.stream().filter(part -> part.value().suppressed()).count();
        }

        long shownPartsSum() {
            return parts.stream().mapToLong(part -> part.value().number().orElse(0)).sum();
        }
    }

    /**
     * Works one line at a time, as someone with the published table and a calculator would: the total minus the
     * shown parts gives a single hidden part; the shown parts add up to a hidden total; and hidden parts that add
     * up to their own number must each be 1 (zero is always shown).
     */
    static final class SubtractionAttacker {

        static List<String> recover(PublishedTable published) {
            List<String> recovered = new ArrayList<>();
            for (AttackLine line : linesOf(published)) {
                long hiddenParts = line.hiddenParts();
                PublishedValue total = line.total().value();
                if (!total.suppressed()) {
                    long remainder = total.number().orElseThrow() - line.shownPartsSum();
                    if (hiddenParts == 1) {
                        recovered.add(line.name() + ": the hidden part is " + remainder);
                    } else if (hiddenParts >= 2 && remainder == hiddenParts) {
                        recovered.add(line.name() + ": every hidden part is 1");
                    }
                } else if (hiddenParts == 0) {
                    recovered.add(line.name() + ": the hidden total is " + line.shownPartsSum());
                }
            }
            return recovered;
        }
    }

    /**
     * Combines all lines at once: every hidden value is an unknown, every line an equation, and an unknown is
     * given away when elimination leaves an equation with it alone. This finds what single lines miss, such as a
     * hidden cell bridging two otherwise safe rectangles of hidden cells.
     */
    static final class LinearAttacker {

        static List<String> recover(PublishedTable published) {
            List<AttackLine> lines = linesOf(published);
            Map<String, Integer> unknowns = new LinkedHashMap<>();
            for (AttackLine line : lines) {
                for (Member member : members(line)) {
                    if (member.value().suppressed()) {
                        unknowns.putIfAbsent(member.name(), unknowns.size());
                    }
                }
            }
            int constant = unknowns.size();
            List<BigInteger[]> rows = new ArrayList<>();
            for (AttackLine line : lines) {
                BigInteger[] row = new BigInteger[constant + 1];
                Arrays.fill(row, BigInteger.ZERO);
                // total - sum(parts) = 0, with the shown values moved to the right-hand side.
                add(row, line.total(), 1, unknowns, constant);
                for (Member part : line.parts()) {
                    add(row, part, -1, unknowns, constant);
                }
                rows.add(row);
            }
            return determined(rows, List.copyOf(unknowns.keySet()));
        }

        private static List<Member> members(AttackLine line) {
            List<Member> members = new ArrayList<>(line.parts());
            members.add(line.total());
            return members;
        }

        private static void add(BigInteger[] row, Member member, int sign, Map<String, Integer> unknowns,
                                int constant) {
            if (member.value().suppressed()) {
                int unknown = unknowns.get(member.name());
                row[unknown] = row[unknown].add(BigInteger.valueOf(sign));
            } else {
                long shown = member.value().number().orElseThrow();
                row[constant] = row[constant].subtract(BigInteger.valueOf(sign * shown));
            }
        }

    /** Gauss-Jordan elimination in integers; a row left with a single unknown gives that unknown away. */
        private static List<String> determined(List<BigInteger[]> rows, List<String> names) {
            int constant = names.size();
            int pivotRow = 0;
            for (int column = 0; column < constant && pivotRow < rows.size(); column++) {
                int found = -1;
                for (int r = pivotRow; r < rows.size(); r++) {
                    if (rows.get(r)[column].signum() != 0) {
                        found = r;
                        break;
                    }
                }
                if (found < 0) {
                    continue;
                }
                Collections.swap(rows, pivotRow, found);
                BigInteger[] pivot = rows.get(pivotRow);
                for (int r = 0; r < rows.size(); r++) {
                    BigInteger[] row = rows.get(r);
                    if (r == pivotRow || row[column].signum() == 0) {
                        continue;
                    }
                    BigInteger factor = row[column];
                    for (int c = 0; c <= constant; c++) {
                        row[c] = row[c].multiply(pivot[column]).subtract(pivot[c].multiply(factor));
                    }
                    normalise(row);
                }
                pivotRow++;
            }
            List<String> recovered = new ArrayList<>();
            for (BigInteger[] row : rows) {
                int unknownsLeft = 0;
                int last = -1;
                for (int c = 0; c < constant; c++) {
                    if (row[c].signum() != 0) {
                        unknownsLeft++;
                        last = c;
                    }
                }
                if (unknownsLeft == 1) {
                    recovered.add(names.get(last) + " is " + row[constant].divide(row[last]));
                }
            }
            return recovered;
        }

        private static void normalise(BigInteger[] row) {
            BigInteger gcd = BigInteger.ZERO;
            for (BigInteger value : row) {
                gcd = gcd.gcd(value);
            }
            if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = row[c].divide(gcd);
                }
            }
        }
    }

    /** Tables of kommun by gender (and age band), mixing zeros, small counts and larger ones. */
    static final class RandomTables {

        private static final List<String> KOMMUNER =
                List.of("2303", "2305", "2309", "2313", "2321", "2326", "2361", "2380");
        private static final List<String> GENDERS = List.of("female", "male", "other", "unknown");
        private static final List<String> AGE_BANDS = List.of("13-14", "15-17", "18-21", "22-29");

        static StatisticsTable table(long seed, int dimensionCount) {
            Random random = new Random(seed);
            List<List<String>> values = List.of(
                    KOMMUNER.subList(0, 2 + random.nextInt(KOMMUNER.size() - 1)),
                    GENDERS.subList(0, 2 + random.nextInt(GENDERS.size() - 1)),
                    AGE_BANDS.subList(0, 2 + random.nextInt(AGE_BANDS.size() - 1)));
            List<String> dimensions = List.of("kommun", "gender", "age").subList(0, dimensionCount);
            List<TableCell> cells = new ArrayList<>();
            for (List<String> key : combinations(values.subList(0, dimensionCount))) {
                int roll = random.nextInt(100);
                if (roll < 15) {
                    continue; // a structural zero, not listed
                }
                long count = roll < 30 ? 0 : roll < 60 ? 1 + random.nextInt(4) : roll < 95 ? 5 + random.nextInt(30)
                        : 100 + random.nextInt(400);
                cells.add(new TableCell(key, count));
            }
            return new StatisticsTable(dimensions, cells);
        }

        private static List<List<String>> combinations(List<List<String>> values) {
            List<List<String>> combinations = List.of(List.of());
            for (List<String> dimensionValues : values) {
                List<List<String>> longer = new ArrayList<>();
                for (List<String> prefix : combinations) {
                    for (String value : dimensionValues) {
                        List<String> key = new ArrayList<>(prefix);
                        key.add(value);
                        longer.add(List.copyOf(key));
                    }
                }
                combinations = longer;
            }
            return combinations;
        }
    }
}
