package se.jamtland.events;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 11: an event carries the activity day and the day it was published, and no finer time. */
class NothingFinerThanTheDayTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private static ActivityEvent sessionPublishedAt(Instant now) {
        return ActivityEvent.of(ActivityKind.SESSION_HELD, "cmv", "cmv-samtal-om-vald", "DEIDENTIFIED",
                LocalDate.of(2025, 9, 15), "30-49", "male", "2380", "VISIT", null, null, "2025-07-01", now);
    }

    /** The event as JSON with one field's value replaced, read back as the consumer reads it. */
    private static ActivityEvent readWith(String field, String value) throws Exception {
        String text = JSON.writeValueAsString(sessionPublishedAt(Instant.parse("2025-09-15T10:00:00Z")));
        Map<?, ?> original = JSON.readValue(text, Map.class);
        String changed = text.replace("\"" + field + "\":\"" + original.get(field) + "\"",
                "\"" + field + "\":\"" + value + "\"");
        assertThat(changed).as("the field was replaced").contains(value);
        try {
            return JSON.readValue(changed, ActivityEvent.class);
        } catch (Exception e) {
            throw InvalidActivityEventException.findIn(e).orElseThrow(() -> e);
        }
    }

    @Test
    void the_time_is_the_start_of_the_swedish_day_of_publication() throws Exception {
        ActivityEvent event = sessionPublishedAt(Instant.parse("2025-09-15T10:17:23.123456789Z"));

        // 00:00 on 15 September in Sweden (summer time, UTC+2).
        assertThat(event.time()).isEqualTo(Instant.parse("2025-09-14T22:00:00Z"));
        assertThat(JSON.writeValueAsString(event)).contains("\"time\":\"2025-09-14T22:00:00Z\"");
    }

    @Test
    void an_event_published_just_after_swedish_midnight_carries_the_swedish_day_not_the_utc_one() {
        // 00:30 on 16 September in Sweden is still 15 September in UTC.
        ActivityEvent event = sessionPublishedAt(Instant.parse("2025-09-15T22:30:00Z"));

        assertThat(SwedishDay.of(event.time())).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(event.time()).isEqualTo(Instant.parse("2025-09-15T22:00:00Z"));
    }

    @Test
    void in_winter_the_swedish_day_starts_at_23_utc() {
        ActivityEvent event = sessionPublishedAt(Instant.parse("2025-12-01T08:00:00Z"));

        assertThat(event.time()).isEqualTo(Instant.parse("2025-11-30T23:00:00Z"));
    }

    @Test
    void a_time_finer_than_the_day_is_refused_naming_only_the_field() {
        assertThatThrownBy(() -> readWith("time", "2025-09-15T08:17:23.123456789Z"))
                .isInstanceOf(InvalidActivityEventException.class)
                .hasMessage("activity event field not valid: time")
                .hasMessageNotContaining("08:17");
    }

    @Test
    void a_utc_midnight_is_not_a_swedish_day_and_is_refused() {
        assertThatThrownBy(() -> readWith("time", "2025-09-15T00:00:00Z"))
                .isInstanceOf(InvalidActivityEventException.class)
                .hasMessage("activity event field not valid: time");
    }

    @Test
    void a_day_start_is_accepted_and_reads_back_as_sent() throws Exception {
        assertThat(readWith("time", "2025-09-15T22:00:00Z").time()).isEqualTo(Instant.parse("2025-09-15T22:00:00Z"));
    }

    @Test
    void an_id_that_carries_the_moment_it_was_made_is_refused() {
        // A version 1 UUID holds its creation time in 100 ns steps, a version 7 one in milliseconds.
        String version1 = new UUID(0x1ee8_1e6c_4a1b_11f0L, 0x8000_0000_0000_0001L).toString();
        String version7 = new UUID(0x0199_5a2b_3c4d_7000L, 0x8000_0000_0000_0001L).toString();

        assertThatThrownBy(() -> readWith("id", version1)).hasMessage("activity event field not valid: id");
        assertThatThrownBy(() -> readWith("id", version7)).hasMessage("activity event field not valid: id");
    }

    @Test
    void time_is_the_only_field_that_is_a_moment_and_every_other_temporal_field_is_a_day() {
        RecordComponent[] components = ActivityEvent.class.getRecordComponents();

        assertThat(Arrays.stream(components).filter(c -> Temporal.class.isAssignableFrom(c.getType())
                        && c.getType() != LocalDate.class).map(RecordComponent::getName))
                .containsExactly("time");
        assertThat(Arrays.stream(components).filter(c -> c.getType() == LocalDate.class).map(RecordComponent::getName))
                .containsExactly("activityDate");
    }
}
