package se.jamtland.statistics.report;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationParametersTest {

    private final PublicationParameters inForce = new PublicationParameters();

    @Test
    void the_statistics_begin_in_the_month_socialtjanstlagen_2025_400_took_effect() {
        assertThat(inForce.firstMonth()).isEqualTo(YearMonth.of(2025, 7));
    }

    @Test
    void a_count_from_one_to_four_is_small_from_the_first_day_of_the_statistics() {
        assertThat(inForce.suppressionThreshold(LocalDate.of(2025, 7, 1))).isEqualTo(5);
        assertThat(inForce.suppressionThreshold(LocalDate.of(2026, 12, 1))).isEqualTo(5);
    }

    @Test
    void a_later_dated_threshold_applies_from_its_date_and_the_earlier_one_until_then() {
        PublicationParameters parameters = new PublicationParameters(yaml("""
                first-month: {description: d, reference: r, value: 2025-07}
                suppression-threshold:
                  description: d
                  reference: r
                  values:
                    2025-07-01: 5
                    2027-01-01: 10
                """));

        assertThat(parameters.suppressionThreshold(LocalDate.of(2025, 6, 30))).isEqualTo(5);
        assertThat(parameters.suppressionThreshold(LocalDate.of(2026, 12, 31))).isEqualTo(5);
        assertThat(parameters.suppressionThreshold(LocalDate.of(2027, 1, 1))).isEqualTo(10);
    }

    @Test
    void a_parameter_without_its_reference_stops_the_start() {
        assertThatThrownBy(() -> new PublicationParameters(yaml("""
                first-month: {description: d, value: 2025-07}
                suppression-threshold: {description: d, reference: r, values: {2025-07-01: 5}}
                """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("first-month needs its reference");
    }

    @Test
    void a_threshold_without_dated_values_stops_the_start() {
        assertThatThrownBy(() -> new PublicationParameters(yaml("""
                first-month: {description: d, reference: r, value: 2025-07}
                suppression-threshold: {description: d, reference: r, value: 5}
                """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("values keyed by date");
    }

    private static Map<?, ?> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
