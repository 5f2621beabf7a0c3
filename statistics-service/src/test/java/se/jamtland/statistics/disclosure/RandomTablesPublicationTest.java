package se.jamtland.statistics.disclosure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.THRESHOLD;
import static se.jamtland.statistics.disclosure.DisclosureFixture.cellKeyMethod;
import static se.jamtland.statistics.disclosure.TruthfulPublication.assertPublishedTruthfully;

/**
 * The same 330 random tables as {@link RandomTablesAttackTest}, each on its own: every number it publishes is within
 * the perturbation table's deviation of the truth and follows the "<5" rule, and the table is published the same
 * however often and in whatever order its rows arrive, which is what makes two overlapping questions agree.
 */
class RandomTablesPublicationTest {

    @ParameterizedTest(name = "2-D table with seed {0}")
    @MethodSource("seeds")
    void a_two_dimensional_table_is_published_within_the_deviation_and_always_alike(long seed) {
        assertWithinTheDeviationAndConsistent(RandomTables.table(seed, 2), seed);
    }

    @ParameterizedTest(name = "3-D table with seed {0}")
    @MethodSource("seeds")
    void a_three_dimensional_table_is_published_within_the_deviation_and_always_alike(long seed) {
        assertWithinTheDeviationAndConsistent(RandomTables.table(seed, 3), seed);
    }

    @ParameterizedTest(name = "1-D table with seed {0}")
    @MethodSource("fewSeeds")
    void a_one_dimensional_table_is_published_within_the_deviation_and_always_alike(long seed) {
        assertWithinTheDeviationAndConsistent(RandomTables.table(seed, 1), seed);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    static LongStream fewSeeds() {
        return LongStream.rangeClosed(1, 30);
    }

    private static void assertWithinTheDeviationAndConsistent(StatisticsTable table, long seed) {
        PublishedTable published = cellKeyMethod().publish(table);
        assertPublishedTruthfully(table, published, THRESHOLD);

        List<TableCell> shuffled = new ArrayList<>(table.cells());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(cellKeyMethod().publish(new StatisticsTable(table.dimensions(), shuffled)))
                .as("the same rows in another order").isEqualTo(published);
        assertThat(cellKeyMethod().publish(table)).as("the same table again").isEqualTo(published);
    }
}
