package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.THRESHOLD;
import static se.jamtland.statistics.disclosure.DisclosureFixture.cellKeyMethod;
import static se.jamtland.statistics.disclosure.TruthfulPublication.assertPublishedTruthfully;

/** Three dimensions: every line total of every dimension is published, each perturbed on its own. */
class ThreeDimensionalTableTest {

    @Test
    void a_table_by_unit_insats_and_kommun_has_all_its_line_totals_each_within_d_of_the_truth() {
        StatisticsTable table = StatisticsTable.of(List.of("unit", "insats", "kommun"),
                TableCell.of(2, 1, "cmv", "stodsamtal", "2303"), TableCell.of(14, 2, "cmv", "stodsamtal", "2380"),
                TableCell.of(9, 3, "cmv", "samtal-om-vald", "2303"), TableCell.of(31, 4, "cmv", "samtal-om-vald", "2380"),
                TableCell.of(0, 0, "minimaria", "stodsamtal", "2303"), TableCell.of(7, 5, "minimaria", "stodsamtal", "2380"),
                TableCell.of(6, 6, "minimaria", "samtal-om-vald", "2303"),
                TableCell.of(25, 7, "minimaria", "samtal-om-vald", "2380"));

        PublishedTable published = cellKeyMethod().publish(table);

        // Key sums this small are cell keys near 0, which pick the smallest change of each row.
        assertThat(published.cell("cmv", "stodsamtal", "2303").orElseThrow().display()).isEqualTo("0");
        assertThat(published.cell("cmv", "samtal-om-vald", "2380").orElseThrow().display()).isEqualTo("29");
        assertThat(published.lineTotals()).hasSize(12);
        assertPublishedTruthfully(table, published, THRESHOLD);
    }
}
