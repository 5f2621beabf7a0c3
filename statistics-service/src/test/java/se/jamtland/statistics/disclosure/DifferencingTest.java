package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN;
import static se.jamtland.statistics.disclosure.DisclosureFixture.cellKeyMethod;

/**
 * The attack of issue 11 at the level of the method: two overlapping questions, last month and this month together
 * (25 events) and last month alone (23), whose difference was this month's true 2. Each trial is a fresh set of
 * events with their own record keys, as the consumer draws them.
 */
class DifferencingTest {

    private static final int TRIALS = 2000;

    @Test
    void the_difference_of_two_overlapping_questions_is_the_true_small_count_only_by_chance() {
        Random random = new Random(2025);
        int right = 0;
        Set<Long> differences = new TreeSet<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            long lastMonth = keySum(random, 23);
            long thisMonth = keySum(random, 2);
            long both = published(25, RecordKey.add(lastMonth, thisMonth));
            long difference = both - published(23, lastMonth);
            differences.add(difference);
            right += difference == 2 ? 1 : 0;
        }

        // With D = 2 and V = 1 two independent changes cancel with probability about 0.27 (the sum of the squared
        // probabilities of the table's last row); the attacker cannot tell those trials from the others.
        assertThat((double) right / TRIALS).isBetween(0.22, 0.33);
        assertThat(differences).containsExactly(-2L, -1L, 0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void the_same_events_asked_for_twice_get_the_same_number() {
        Random random = new Random(7);
        long events = keySum(random, 25);

        assertThat(LongStream.range(0, 10).map(i -> published(25, events)).distinct()).hasSize(1);
    }

    private static long published(long count, long keySum) {
        return cellKeyMethod().publish(StatisticsTable.of(KOMMUN, TableCell.of(count, keySum, "2305")))
                .cell("2305").orElseThrow().number().orElseThrow();
    }

    /** The key sum of {@code events} events, each with a record key drawn as the consumer draws it. */
    private static long keySum(Random random, int events) {
        long sum = 0;
        for (int event = 0; event < events; event++) {
            sum = RecordKey.add(sum, RecordKey.draw(random));
        }
        return sum;
    }

}
