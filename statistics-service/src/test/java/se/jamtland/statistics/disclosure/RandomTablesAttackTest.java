package se.jamtland.statistics.disclosure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.jamtland.statistics.disclosure.attack.LinearAttacker;
import se.jamtland.statistics.disclosure.attack.SubtractionAttacker;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.THRESHOLD;
import static se.jamtland.statistics.disclosure.TruthfulPublication.assertPublishedTruthfully;

/** 330 random tables of one, two and three dimensions, each attacked line by line and by all lines at once. */
class RandomTablesAttackTest {

    private final SmallCellSuppression suppression = DisclosureFixture.suppression();

    @ParameterizedTest(name = "2-D table with seed {0}")
    @MethodSource("seeds")
    void no_hidden_count_of_a_two_dimensional_table_can_be_worked_back_out(long seed) {
        assertSafeAndTruthful(RandomTables.table(seed, 2));
    }

    @ParameterizedTest(name = "3-D table with seed {0}")
    @MethodSource("seeds")
    void no_hidden_count_of_a_three_dimensional_table_can_be_worked_back_out(long seed) {
        assertSafeAndTruthful(RandomTables.table(seed, 3));
    }

    @ParameterizedTest(name = "1-D table with seed {0}")
    @MethodSource("fewSeeds")
    void no_hidden_count_of_a_one_dimensional_table_can_be_worked_back_out(long seed) {
        assertSafeAndTruthful(RandomTables.table(seed, 1));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    static LongStream fewSeeds() {
        return LongStream.rangeClosed(1, 30);
    }

    private void assertSafeAndTruthful(StatisticsTable table) {
        PublishedTable published = suppression.suppress(table);

        assertThat(SubtractionAttacker.recover(published)).as("recovered by one line").isEmpty();
        assertThat(LinearAttacker.recover(published)).as("recovered by combining lines").isEmpty();
        assertPublishedTruthfully(table, published, THRESHOLD);
    }
}
