package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN;
import static se.jamtland.statistics.disclosure.DisclosureFixture.displays;

/** A table of one dimension has a single line: all its cells and the grand total. */
class OneDimensionalTableTest {

    private final SmallCellSuppression suppression = DisclosureFixture.suppression();

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
