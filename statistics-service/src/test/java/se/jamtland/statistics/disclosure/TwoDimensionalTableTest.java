package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;
import se.jamtland.statistics.disclosure.attack.LinearAttacker;
import se.jamtland.statistics.disclosure.attack.SubtractionAttacker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN_GENDER;
import static se.jamtland.statistics.disclosure.DisclosureFixture.THRESHOLD;
import static se.jamtland.statistics.disclosure.TruthfulPublication.assertPublishedTruthfully;

/** Rows and columns: a hidden cell needs partners in both, and two lines together must not give one away. */
class TwoDimensionalTableTest {

    /** Åre's total is 3, and Åre is the only kommun with men or others; structural zeros are left out. */
    static final StatisticsTable ARE_GIVEN_AWAY_BY_TWO_LINES = StatisticsTable.of(KOMMUN_GENDER,
            TableCell.of(50, "Berg", "female"), TableCell.of(2, "Krokom", "female"),
            TableCell.of(2, "Åre", "male"), TableCell.of(1, "Åre", "other"));

    private final SmallCellSuppression suppression = DisclosureFixture.suppression();

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

        // Line by line the table is already safe (see AttackersTest); the grand total minus the female column
        // would still give Åre's total as exactly 3, so something more is hidden.
        assertThat(SubtractionAttacker.recover(published)).isEmpty();
        assertThat(LinearAttacker.recover(published)).isEmpty();
        assertPublishedTruthfully(ARE_GIVEN_AWAY_BY_TWO_LINES, published, THRESHOLD);
    }

    @Test
    void the_same_cells_in_any_order_are_published_the_same_way() {
        List<TableCell> cells = new ArrayList<>(RandomTables.table(7, 2).cells());
        PublishedTable inOrder = suppression.suppress(new StatisticsTable(KOMMUN_GENDER, cells));
        Collections.shuffle(cells, new Random(11));
        PublishedTable shuffled = suppression.suppress(new StatisticsTable(KOMMUN_GENDER, cells));

        assertThat(shuffled).isEqualTo(inOrder);
        assertThat(inOrder.cells()).extracting(PublishedCell::key).isSortedAccordingTo(DisclosureFixture::byKey);
    }
}
