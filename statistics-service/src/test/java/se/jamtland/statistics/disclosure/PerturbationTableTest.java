package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.jamtland.statistics.disclosure.DisclosureFixture.TABLE;

/** perturbation-table.yaml, row by row: what the file says of its rows holds, within the rounding of 8 decimals. */
class PerturbationTableTest {

    private static final double ROUNDING = 1e-6;

    @Test
    void the_county_table_is_d_2_v_1_with_zeros_kept_and_named_by_its_version() {
        assertThat(TABLE.version()).isEqualTo("D2V100-2026-12");
        assertThat(TABLE.maximumDeviation()).isEqualTo(2);
        assertThat(TABLE.variance()).isEqualByComparingTo("1");
        assertThat(TABLE.rows()).extracting(PerturbationTable.Row::original).containsExactly(0, 1, 2);
        assertThat(TABLE.rows().get(2).andLarger()).isTrue();
    }

    @Test
    void every_row_adds_up_to_exactly_one() {
        for (PerturbationTable.Row row : TABLE.rows()) {
            assertThat(row.changes().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("row %d", row.original()).isEqualByComparingTo(BigDecimal.ONE);
        }
    }

    @Test
    void no_change_makes_a_count_negative_or_goes_beyond_d() {
        for (PerturbationTable.Row row : TABLE.rows()) {
            assertThat(row.changes().keySet()).as("row %d", row.original())
                    .allSatisfy(change -> assertThat(change).isBetween(-row.original(), TABLE.maximumDeviation())
                            .isGreaterThanOrEqualTo(-TABLE.maximumDeviation()));
        }
    }

    @Test
    void zero_stays_zero() {
        assertThat(TABLE.rows().get(0).changes()).containsExactly(Map.entry(0, BigDecimal.ONE));
        assertThat(TABLE.change(0, 0)).isZero();
        assertThat(TABLE.change(0, RecordKey.MODULUS - 1)).isZero();
    }

    @Test
    void every_row_but_zero_has_mean_zero_and_the_stated_variance() {
        double variance = TABLE.variance().doubleValue();
        for (PerturbationTable.Row row : TABLE.rows().subList(1, TABLE.rows().size())) {
            // The largest variance a mean of 0 allows on the changes -lowest..D is lowest * D; V must be below it.
            double attainable = (double) -row.changes().firstKey() * row.changes().lastKey();
            assertThat(variance).as("V attainable for row %d", row.original()).isLessThan(attainable);
            assertThat(moment(row, 1)).as("mean of row %d", row.original()).isCloseTo(0, within(ROUNDING));
            assertThat(moment(row, 2)).as("variance of row %d", row.original()).isCloseTo(variance, within(ROUNDING));
        }
    }

    @Test
    void each_row_is_the_maximum_entropy_choice_so_its_log_probabilities_are_quadratic_in_the_change() {
        // Maximum entropy under sum, mean and variance gives p_j = exp(c + a j + b j^2): equal second differences.
        for (PerturbationTable.Row row : TABLE.rows().subList(1, TABLE.rows().size())) {
            List<Double> logs = row.changes().values().stream().map(p -> Math.log(p.doubleValue())).toList();
            List<Double> second = new ArrayList<>();
            for (int j = 2; j < logs.size(); j++) {
                second.add(logs.get(j) - 2 * logs.get(j - 1) + logs.get(j - 2));
            }
            assertThat(second).as("row %d", row.original()).allSatisfy(d -> assertThat(d).isCloseTo(second.get(0),
                    within(ROUNDING * 100)));
        }
    }

    @Test
    void a_cell_key_picks_each_change_as_often_as_its_probability_says() {
        for (PerturbationTable.Row row : TABLE.rows()) {
            int steps = 1 << 16;
            Map<Integer, Integer> picked = new TreeMap<>();
            for (long step = 0; step < steps; step++) {
                picked.merge(TABLE.change(row.original(), step * (RecordKey.MODULUS / steps)), 1, Integer::sum);
            }
            assertThat(picked.keySet()).isEqualTo(row.changes().keySet());
            row.changes().forEach((change, probability) -> assertThat((double) picked.get(change) / steps)
                    .as("row %d change %d", row.original(), change).isCloseTo(probability.doubleValue(), within(1e-4)));
        }
        assertThat(TABLE.change(7, 0)).isEqualTo(-2);
        assertThat(TABLE.change(7, RecordKey.MODULUS - 1)).isEqualTo(2);
        assertThat(TABLE.change(1_000_000, RecordKey.MODULUS - 1)).as("the last row serves every larger value")
                .isEqualTo(2);
    }

    @Test
    void a_row_that_does_not_add_up_to_one_stops_the_start() {
        assertThatThrownBy(() -> table("{0: 1}", "{-1: 0.4, 0: 0.3, 1: 0.2, 2: 0.2}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("add up to");
    }

    @Test
    void a_change_that_makes_a_count_negative_stops_the_start() {
        assertThatThrownBy(() -> table("{0: 1}", "{-2: 0.1, -1: 0.3, 0: 0.2, 1: 0.3, 2: 0.1}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("negative");
    }

    @Test
    void a_table_in_which_zero_changes_stops_the_start() {
        assertThatThrownBy(() -> table("{0: 0.5, 1: 0.5}", "{-1: 0.5, 1: 0.5}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("zero must stay zero");
    }

    private static double moment(PerturbationTable.Row row, int power) {
        return row.changes().entrySet().stream()
                .mapToDouble(change -> Math.pow(change.getKey(), power) * change.getValue().doubleValue()).sum();
    }

    private static PerturbationTable table(String zero, String oneAndLarger) {
        return new PerturbationTable(new Yaml(new SafeConstructor(new LoaderOptions())).load("""
                version: test
                description: d
                reference: r
                parameters: {maximum-deviation: 2, variance: 1, js: 0}
                classes:
                  - {original: 0, changes: %s}
                  - {original: 1, and-larger: true, changes: %s}
                """.formatted(zero, oneAndLarger)));
    }
}
