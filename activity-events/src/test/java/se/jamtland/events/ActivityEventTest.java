package se.jamtland.events;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityEventTest {

    private static ActivityEvent session(String ageBand, String kommun) {
        return ActivityEvent.of(ActivityKind.SESSION_HELD, "cmv", "cmv-samtal-om-vald", "DEIDENTIFIED",
                LocalDate.of(2025, 9, 15), ageBand, "male", kommun, "VISIT", null, null, "2025-07-01",
                Instant.parse("2025-09-15T10:00:00Z"));
    }

    @Test
    void the_event_type_has_exactly_the_de_identified_fields_and_nothing_that_could_carry_identity() {
        // Issue 11 adds firstVisit (a yes/no from the unit's visitor code, never the code) at the end on purpose.
        assertThat(Arrays.stream(ActivityEvent.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("id", "source", "type", "time", "schemaVersion", "kind", "unit", "insats", "regime",
                        "activityDate", "ageBand", "gender", "kommun", "channel", "participantCount", "closureReason",
                        "catalogVersion", "firstVisit");
        assertThat(Arrays.stream(ActivityEvent.class.getRecordComponents()).map(RecordComponent::getType))
                .allMatch(type -> type.isPrimitive() || type.isEnum() || type.getPackageName().startsWith("java."));
    }

    @Test
    void an_age_instead_of_an_age_band_is_refused() {
        assertThatThrownBy(() -> session("34", "2380"))
                .isInstanceOf(InvalidActivityEventException.class)
                .hasMessage("activity event field not valid: ageBand");
    }

    @Test
    void a_personnummer_in_any_code_field_is_refused_without_repeating_it() {
        assertThatThrownBy(() -> session("30-49", "19850101-1234"))
                .isInstanceOf(InvalidActivityEventException.class)
                .hasMessageNotContaining("19850101");
    }

    @Test
    void a_closed_case_event_needs_its_reason_and_others_must_not_have_one() {
        assertThatThrownBy(() -> ActivityEvent.of(ActivityKind.CASE_CLOSED, "cmv", "cmv-kast", "DEIDENTIFIED",
                LocalDate.of(2025, 9, 15), "30-49", "male", "2380", null, null, null, "2025-07-01", Instant.now()))
                .hasMessageContaining("closureReason");
    }

    @Test
    void an_insats_of_another_unit_is_refused() {
        assertThatThrownBy(() -> ActivityEvent.of(ActivityKind.CASE_STARTED, "cmv", "minimaria-a-cra", "INDIVIDUAL",
                LocalDate.of(2025, 9, 15), "18-21", "male", "2380", null, null, null, "2025-07-01", Instant.now()))
                .hasMessageContaining("insats");
    }

    @Test
    void the_json_uses_cloudevents_attribute_names_and_reads_back_equal() throws Exception {
        JsonMapper json = JsonMapper.createDefault();
        ActivityEvent event = session("30-49", "2380");

        String text = json.writeValueAsString(event);
        ActivityEvent back = json.readValue(text, ActivityEvent.class);

        assertThat(text).contains("\"id\":", "\"source\":\"/lansverksamheter/cmv\"",
                "\"type\":\"se.jamtland.lansverksamheter.activity.v1\"", "\"time\":", "\"schemaVersion\":1");
        assertThat(back).isEqualTo(event);
        assertThat(event.key()).isEqualTo("cmv:cmv-samtal-om-vald");
    }

    @Test
    void an_advisory_contact_says_whether_it_was_a_first_visit_and_the_json_leaves_the_flag_out_without_a_code()
            throws Exception {
        JsonMapper json = JsonMapper.createDefault();
        ActivityEvent contact = ActivityEvent.of(ActivityKind.ADVISORY_CONTACT, "minimaria",
                "minimaria-radgivande-samtal", "ADVISORY", LocalDate.of(2025, 9, 15), "15-17", "female", "2380",
                "CHAT", null, null, "2025-07-01", Instant.parse("2025-09-15T10:00:00Z"));

        assertThat(json.writeValueAsString(contact)).doesNotContain("firstVisit");
        assertThat(json.writeValueAsString(contact.withFirstVisit(true))).contains("\"firstVisit\":true");
        assertThat(json.readValue(json.writeValueAsString(contact.withFirstVisit(false)), ActivityEvent.class)
                .firstVisit()).isFalse();
    }

    @Test
    void only_an_advisory_contact_can_say_it_was_a_first_visit() {
        assertThatThrownBy(() -> session("30-49", "2380").withFirstVisit(true))
                .isInstanceOf(InvalidActivityEventException.class)
                .hasMessage("activity event field not valid: firstVisit");
    }
}
