package se.jamtland.statistics.disclosure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN;
import static se.jamtland.statistics.disclosure.DisclosureFixture.KOMMUN_GENDER;

/** A table that cannot be published faithfully is refused before anything is perturbed. */
class StatisticsTableInputTest {

    @Test
    void a_cell_listed_twice_is_refused() {
        assertThatThrownBy(() -> StatisticsTable.of(KOMMUN, TableCell.of(3, 1, "Berg"), TableCell.of(4, 2, "Berg")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void a_cell_without_a_value_for_every_dimension_is_refused() {
        assertThatThrownBy(() -> StatisticsTable.of(KOMMUN_GENDER, TableCell.of(3, 1, "Berg")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> TableCell.of(-1, 1, "Berg")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_key_sum_not_taken_modulo_two_to_the_32_is_refused() {
        assertThatThrownBy(() -> TableCell.of(3, RecordKey.MODULUS, "Berg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableCell.of(3, -1, "Berg")).isInstanceOf(IllegalArgumentException.class);
    }
}
