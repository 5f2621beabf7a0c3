package se.jamtland.statistics.consumer;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ids are kept by the day they were counted, so the redelivery window is whole days; a wrong one stops start-up. */
class RedeliveryWindowSettingTest {

    private static ProcessedEventPurge withWindow(Duration window) {
        // The repository is not reached: the window is checked first.
        return new ProcessedEventPurge(null, Clock.systemUTC(), window);
    }

    @Test
    void a_window_of_whole_days_is_taken() {
        assertThatCode(() -> withWindow(Duration.parse("P8D"))).doesNotThrowAnyException();
    }

    @Test
    void a_window_with_hours_or_under_a_day_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> withWindow(Duration.parse("P7DT12H")))
                .hasMessageContaining("statistics.consumer.redelivery-window");
        assertThatThrownBy(() -> withWindow(Duration.ofHours(20)))
                .hasMessageContaining("statistics.consumer.redelivery-window");
    }
}
