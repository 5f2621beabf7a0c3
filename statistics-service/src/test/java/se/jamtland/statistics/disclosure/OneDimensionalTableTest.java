package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN;
import static se.jamtland.statistics.disclosure.DisclosureFixture.cellKeyMethod;
import static se.jamtland.statistics.disclosure.DisclosureFixture.displays;
import static se.jamtland.statistics.disclosure.DisclosureFixture.keyFor;
import static se.jamtland.statistics.disclosure.DisclosureFixture.keyMaking;

/**
 * A table of one dimension has a single line: all its cells and the grand total. Under small-cell suppression this
 * test pinned which second cell was hidden so the total could not give a small one away; under the Cell Key Method
 * nothing more is hidden, because the grand total is perturbed on its own and no longer equals the published parts.
 */
class OneDimensionalTableTest {

    @Test
    void the_grand_total_is_perturbed_on_its_own_so_it_does_not_give_away_a_small_count() {
        // Krokom and Åre unchanged (0.325 is inside the interval of change 0 for 2 and more, [0.309, 0.691)); Berg's
        // key is what makes the grand total's key, the sum of its cells' keys, fall in the interval of +2.
        long krokom = (long) (0.325 * RecordKey.MODULUS);
        long are = krokom;
        long berg = keyMaking(keyFor(103, 2), krokom, are);
        PublishedTable published = cellKeyMethod().publish(StatisticsTable.of(KOMMUN,
                TableCell.of(3, berg, "2309"), TableCell.of(0, 0, "2321"), TableCell.of(40, krokom, "2326"),
                TableCell.of(60, are, "2380")));

        assertThat(published.cells()).extracting(PublishedCell::toString).containsExactly(
                "[2309]=<5", "[2321]=0", "[2326]=40", "[2380]=60");
        assertThat(published.lineTotals()).isEmpty();
        // 105 - 40 - 60 = 5, not the hidden 3: the subtraction gives the truth only when the changes cancel.
        assertThat(published.grandTotal().display()).isEqualTo("105");
    }

    @Test
    void a_small_grand_total_shows_as_less_than_five_together_with_its_cells() {
        PublishedTable published = cellKeyMethod().publish(StatisticsTable.of(KOMMUN,
                TableCell.of(3, keyFor(3, 0), "Berg"), TableCell.of(0, 0, "Krokom")));

        assertThat(displays(published)).containsExactly("<5", "0");
        assertThat(published.grandTotal().display()).isEqualTo("<5");
    }

    @Test
    void the_grand_total_is_the_number_the_same_events_get_as_a_single_cell() {
        long berg = 123_456_789L;
        long krokom = 3_000_000_000L;
        PublishedTable byKommun = cellKeyMethod().publish(StatisticsTable.of(KOMMUN,
                TableCell.of(1, berg, "Berg"), TableCell.of(20, krokom, "Krokom")));
        PublishedTable asOne = cellKeyMethod().publish(StatisticsTable.of(KOMMUN,
                TableCell.of(21, RecordKey.add(berg, krokom), "Jämtland")));

        assertThat(byKommun.grandTotal()).isEqualTo(asOne.cell("Jämtland").orElseThrow());
    }

    @Test
    void an_empty_table_has_a_grand_total_of_zero() {
        PublishedTable published = cellKeyMethod().publish(StatisticsTable.of(KOMMUN));

        assertThat(published.cells()).isEmpty();
        assertThat(published.grandTotal().display()).isEqualTo("0");
    }
}
