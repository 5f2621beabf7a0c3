package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN;
import static se.jamtland.statistics.disclosure.DisclosureFixture.TABLE;
import static se.jamtland.statistics.disclosure.DisclosureFixture.cellKeyMethod;
import static se.jamtland.statistics.disclosure.DisclosureFixture.keyFor;

/**
 * The county's rule for small numbers under the Cell Key Method (formerly PrimarySuppressionTest, which pinned that a
 * true count of 1 to 4 is hidden): a published value from 1 to threshold - 1 shows as "<5", zero always shows as 0.
 * The rule now reads the perturbed value, so a true 4 may show as 5 or 6 and a true 6 as "<5" (issue 11).
 */
class SmallPublishedValuesTest {

    @Test
    void a_count_of_zero_is_published_as_zero_whatever_its_key() {
        for (long key : new long[] {0, RecordKey.MODULUS / 2, RecordKey.MODULUS - 1}) {
            PublishedTable published = cellKeyMethod().publish(StatisticsTable.of(KOMMUN,
                    TableCell.of(0, key, "Berg"), TableCell.of(40, 0, "Krokom")));

            assertThat(published.cell("Berg")).hasValueSatisfying(value -> {
                assertThat(value.belowThreshold()).isFalse();
                assertThat(value.number()).hasValue(0);
            });
        }
    }

    @ParameterizedTest(name = "a count of {0} changed by {1} is published as {2}")
    @CsvSource({"1, 0, <5", "2, 2, <5", "3, -2, <5", "4, 0, <5", "4, 1, 5", "4, 2, 6", "5, -1, <5", "6, -2, <5",
            "5, 0, 5", "1, -1, 0", "2, -2, 0", "40, 2, 42", "40, -2, 38"})
    void a_published_value_from_one_to_four_shows_as_less_than_five(long count, int change, String shown) {
        PublishedTable published = cellKeyMethod().publish(StatisticsTable.of(KOMMUN,
                TableCell.of(count, keyFor(count, change), "Berg")));

        PublishedValue value = published.cell("Berg").orElseThrow();
        assertThat(value.display()).isEqualTo(shown);
        assertThat(value.belowThreshold()).isEqualTo(shown.startsWith("<"));
        if (value.belowThreshold()) {
            assertThat(value.number()).isEmpty();
        }
    }

    @Test
    void the_threshold_is_configurable() {
        PublishedTable published = new CellKeyMethod(3, TABLE).publish(StatisticsTable.of(KOMMUN,
                TableCell.of(2, keyFor(2, 0), "Berg"), TableCell.of(3, keyFor(3, 0), "Bräcke")));

        assertThat(published.threshold()).isEqualTo(3);
        assertThat(published.cell("Berg").orElseThrow().display()).isEqualTo("<3");
        assertThat(published.cell("Bräcke").orElseThrow().display()).isEqualTo("3");
    }

    @Test
    void a_threshold_below_two_is_refused() {
        assertThatThrownBy(() -> new CellKeyMethod(1, TABLE)).isInstanceOf(IllegalArgumentException.class);
    }
}
