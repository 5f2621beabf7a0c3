package se.jamtland.unit.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.jamtland.testsupport.Api;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAdvisoryContact;

/** Rådgivande samtal (14 kap. 4 § SoL): a contact is recorded as dates, numbers and codes, never who it was. */
@MicronautTest(environments = "unit", transactional = false)
class AdvisoryContactIT extends MiniMariaScenario {

    AdvisoryContactIT() {
        super("advisory");
    }

    @Test
    void an_advisory_contact_is_stored_as_dates_numbers_and_codes_only() {
        Api.Answer answer = api.post("/advisory-contacts", anAdvisoryContact().date("2025-09-15").channel("PHONE")
                .askedBy("RELATIVE").ageBand("15-17").gender("female").kommun("2380")
                .topicCodes("ALKOHOL", "SPEL_OM_PENGAR").durationMinutes(25).toString());

        assertThat(answer.status()).isEqualTo(201);
        // Issue 11 adds first_visit on purpose (a yes/no from the visitor code, null without one; never the code).
        assertThat(db.columns("advisory_contact")).containsExactly("id", "insats", "contact_date", "channel",
                "asked_by", "age_band", "gender", "kommun", "topic_codes", "duration_minutes", "participant_count",
                "catalog_version", "recorded_at", "first_visit");
        Map<String, Object> row = db.rows("SELECT * FROM advisory_contact WHERE id = ?", answer.json().get("id")).get(0);
        assertThat(row).containsEntry("insats", "minimaria-radgivande-samtal").containsEntry("channel", "PHONE")
                .containsEntry("asked_by", "RELATIVE").containsEntry("age_band", "15-17")
                .containsEntry("kommun", "2380").containsEntry("topic_codes", "ALKOHOL,SPEL_OM_PENGAR")
                .containsEntry("catalog_version", "2025-07-01");
    }

    /** A phone contact asked for by the person themself, with a name or a personnummer somewhere in it. */
    static Stream<String> contactsWithIdentity() {
        return Stream.of(
                aPhoneCallFromTheirSelf().with("name", NAME),
                aPhoneCallFromTheirSelf().with("personnummer", PERSONNUMMER),
                aPhoneCallFromTheirSelf().kommun(PERSONNUMMER),
                aPhoneCallFromTheirSelf().gender(NAME),
                aPhoneCallFromTheirSelf().topicCodes(NAME),
                aPhoneCallFromTheirSelf().with("person", Map.of("identityNumber", PERSONNUMMER)),
                anAdvisoryContact().with("insats", PERSONNUMMER).channel("PHONE").askedBy("SELF"),
                anAdvisoryContact().channel(NAME).askedBy("SELF")).map(Object::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contactsWithIdentity")
    void an_advisory_contact_with_a_name_or_personnummer_anywhere_is_refused_and_nothing_is_written(String body) {
        long before = db.count("advisory_contact");

        Api.Answer answer = api.post("/advisory-contacts", body);

        assertThat(answer.status()).isIn(400, 422);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).doesNotContain(PERSONNUMMER).doesNotContain(NAME).doesNotContain("Kanarie");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void an_advisory_contact_with_a_14_year_old_needs_recorded_guardian_consent() {
        long before = db.count("advisory_contact");

        Api.Answer refused = api.post("/advisory-contacts", aVisitOfA14YearOld().toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("guardian-consent-required");
        assertThat(db.count("advisory_contact")).isEqualTo(before);

        Api.Answer accepted = api.post("/advisory-contacts", aVisitOfA14YearOld().guardianConsentGiven().toString());
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json()).containsEntry("ageBand", "13-14");
    }

    @Test
    void a_personnummer_in_a_code_field_is_named_as_what_it_is() {
        Api.Answer answer = api.post("/advisory-contacts", aPhoneCallFromTheirSelf().kommun(PERSONNUMMER).toString());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.list("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("pointer")).isEqualTo("#/kommun");
            assertThat(error.get("detail").toString()).contains("personnummer");
        });
    }

    private static MiniMariaRequests.AdvisoryContact aPhoneCallFromTheirSelf() {
        return anAdvisoryContact().channel("PHONE").askedBy("SELF");
    }

    private static MiniMariaRequests.AdvisoryContact aVisitOfA14YearOld() {
        return anAdvisoryContact().date("2025-09-15").channel("VISIT").askedBy("SELF").age(14);
    }
}
