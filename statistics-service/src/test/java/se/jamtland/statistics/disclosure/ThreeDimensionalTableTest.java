package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;
import se.jamtland.statistics.disclosure.attack.LinearAttacker;
import se.jamtland.statistics.disclosure.attack.SubtractionAttacker;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.THRESHOLD;
import static se.jamtland.statistics.disclosure.TruthfulPublication.assertPublishedTruthfully;

/** Three dimensions: line totals of two dimensions can share a hidden total that no single line shows. */
class ThreeDimensionalTableTest {

    private final SmallCellSuppression suppression = DisclosureFixture.suppression();

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
        assertPublishedTruthfully(table, published, THRESHOLD);
    }
}
