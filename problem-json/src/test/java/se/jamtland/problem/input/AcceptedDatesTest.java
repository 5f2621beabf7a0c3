package se.jamtland.problem.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates a service takes, on both sides of each edge. */
class AcceptedDatesTest {

    @ParameterizedTest(name = "{0} is taken")
    @CsvSource({"1900-01-01", "2025-06-30", "2025-07-01", "2024-02-29", "2099-12-31"})
    void a_calendar_date_from_1900_to_2099_is_taken(String text) {
        assertThat(AcceptedDates.parse(text)).contains(LocalDate.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"1899-12-31", "2100-01-01", "9999-12-31", "0000-00-00", "2025-02-30", "2025-02-29",
        "2025-13-01", "+10000-01-01", "-2025-01-01", "20250901", "2025-9-1", "2025-09-01T00:00", " 2025-09-01", ""})
    void anything_else_is_refused(String text) {
        assertThat(AcceptedDates.parse(text)).isEmpty();
    }
}
