package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;
import se.jamtland.statistics.disclosure.attack.Find;
import se.jamtland.statistics.disclosure.attack.LinearAttacker;
import se.jamtland.statistics.disclosure.attack.SubtractionAttacker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN_GENDER;
import static se.jamtland.statistics.disclosure.DisclosureFixture.THRESHOLD;
import static se.jamtland.statistics.disclosure.DisclosureFixture.cellKeyMethod;
import static se.jamtland.statistics.disclosure.DisclosureFixture.keyFor;
import static se.jamtland.statistics.disclosure.TruthfulPublication.assertPublishedTruthfully;

/**
 * Rows and columns. Under small-cell suppression a hidden cell needed partners in its row and its column; under the
 * Cell Key Method every cell and every line total is perturbed on its own, and a line total is the same number as the
 * cell of a coarser table that covers the same events.
 */
class TwoDimensionalTableTest {

    /** Åre's total is 3, and Åre is the only kommun with men or others; structural zeros are left out. */
    static final StatisticsTable ARE_GIVEN_AWAY_BY_TWO_LINES = StatisticsTable.of(KOMMUN_GENDER,
            TableCell.of(50, 11, "Berg", "female"), TableCell.of(2, 22, "Krokom", "female"),
            TableCell.of(2, 3_000_000_000L, "Åre", "male"), TableCell.of(1, 44, "Åre", "other"));

    @Test
    void a_line_total_is_perturbed_with_the_key_of_all_the_events_of_its_line() {
        long bergFemale = keyFor(3, 0);
        long bergMale = keyFor(20, 0);
        PublishedTable published = cellKeyMethod().publish(StatisticsTable.of(KOMMUN_GENDER,
                TableCell.of(3, bergFemale, "Berg", "female"), TableCell.of(20, bergMale, "Berg", "male"),
                TableCell.of(30, keyFor(30, 1), "Krokom", "female"), TableCell.of(40, keyFor(40, -1), "Krokom", "male")));
        PublishedTable bergAlone = cellKeyMethod().publish(StatisticsTable.of(KOMMUN,
                TableCell.of(23, RecordKey.add(bergFemale, bergMale), "Berg")));

        assertThat(published.cells()).extracting(PublishedCell::toString).containsExactly(
                "[Berg, female]=<5", "[Berg, male]=20", "[Krokom, female]=31", "[Krokom, male]=39");
        assertThat(published.lineTotal("gender", "Berg")).isEqualTo(bergAlone.cell("Berg"));
        assertThat(published.lineTotals()).hasSize(4);
    }

    @Test
    void parts_need_not_add_up_to_their_totals() {
        List<Long> differences = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            PublishedTable published = cellKeyMethod().publish(RandomTables.table(seed, 2));
            long parts = published.cells().stream().mapToLong(cell -> cell.value().number().orElse(0)).sum();
            published.grandTotal().number().ifPresent(total -> differences.add(total - parts));
        }

        assertThat(differences).hasSize(20).anyMatch(difference -> difference != 0);
    }

    @Test
    void a_hidden_count_that_only_two_lines_together_gave_away_is_not_given_away_by_them_now() {
        PublishedTable published = cellKeyMethod().publish(ARE_GIVEN_AWAY_BY_TWO_LINES);

        // Under suppression the grand total minus the female column gave Åre's total as exactly 3 (AttackersTest);
        // now the grand total and the column carry changes of their own.
        List<Find> finds = new ArrayList<>(SubtractionAttacker.finds(published));
        finds.addAll(LinearAttacker.finds(published));
        assertThat(finds).noneMatch(find -> find.member().startsWith("sum over gender [Åre]") && find.value() == 3);
        assertPublishedTruthfully(ARE_GIVEN_AWAY_BY_TWO_LINES, published, THRESHOLD);
    }

    @Test
    void the_same_cells_in_any_order_are_published_the_same_way() {
        List<TableCell> cells = new ArrayList<>(RandomTables.table(7, 2).cells());
        PublishedTable inOrder = cellKeyMethod().publish(new StatisticsTable(KOMMUN_GENDER, cells));
        Collections.shuffle(cells, new Random(11));
        PublishedTable shuffled = cellKeyMethod().publish(new StatisticsTable(KOMMUN_GENDER, cells));

        assertThat(shuffled).isEqualTo(inOrder);
        assertThat(inOrder.cells()).extracting(PublishedCell::key).isSortedAccordingTo(DisclosureFixture::byKey);
    }
}
