package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.jamtland.statistics.disclosure.attack.SubtractionAttacker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN;
import static se.jamtland.statistics.disclosure.DisclosureFixture.displays;

/** Rule 1 ({@link SmallCountRule}): a count from 1 to threshold - 1 is never shown; zero always is. */
class PrimarySuppressionTest {

    private final SmallCellSuppression suppression = DisclosureFixture.suppression();

    @Test
    void a_count_of_zero_is_published_as_zero() {
        PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN,
                TableCell.of(0, "Berg"), TableCell.of(40, "Krokom"), TableCell.of(60, "Åre")));

        assertThat(published.cell("Berg")).hasValueSatisfying(value -> {
            assertThat(value.suppressed()).isFalse();
            assertThat(value.display()).isEqualTo("0");
            assertThat(value.number()).hasValue(0);
        });
    }

    @ParameterizedTest(name = "a count of {0} is published as less than five")
    @ValueSource(longs = {1, 2, 3, 4})
    void a_count_from_one_to_four_is_published_as_less_than_five(long count) {
        PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN,
                TableCell.of(count, "Berg"), TableCell.of(40, "Krokom"), TableCell.of(60, "Åre")));

        assertThat(published.cell("Berg")).hasValueSatisfying(value -> {
            assertThat(value.suppressed()).isTrue();
            assertThat(value.display()).isEqualTo("<5");
            assertThat(value.number()).isEmpty();
        });
    }

    @Test
    void a_count_of_five_is_published_as_it_is() {
        PublishedTable published = suppression.suppress(StatisticsTable.of(KOMMUN,
                TableCell.of(5, "Berg"), TableCell.of(40, "Krokom"), TableCell.of(60, "Åre")));

        assertThat(published.cell("Berg").orElseThrow().display()).isEqualTo("5");
        assertThat(published.cell("Berg").orElseThrow().number()).hasValue(5);
    }

    @Test
    void the_threshold_is_configurable() {
        PublishedTable published = new SmallCellSuppression(3).suppress(StatisticsTable.of(KOMMUN,
                TableCell.of(2, "Berg"), TableCell.of(3, "Bräcke"), TableCell.of(40, "Krokom"),
                TableCell.of(60, "Åre")));

        assertThat(published.threshold()).isEqualTo(3);
        assertThat(displays(published)).containsExactly("<3", "..", "40", "60");
        assertThat(published.grandTotal().display()).isEqualTo("105");
        assertThat(SubtractionAttacker.recover(published)).isEmpty();
    }

    @Test
    void a_threshold_below_two_is_refused() {
        assertThatThrownBy(() -> new SmallCellSuppression(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
