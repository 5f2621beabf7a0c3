package se.jamtland.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.EligibilityProblems;
import se.jamtland.unit.testing.UnitServiceTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer the real eligibility-service can give to a question built from staff input reaches staff as a 4xx
 * problem naming the field they sent, never a 500 and never an echo of the value (issue 9, section 1).
 */
// Not transactional: the service commits its own transactions, and the tests read them back.
@MicronautTest(environments = "unit", transactional = false)
class EligibilityAnswersIT extends UnitServiceTestBase {

    /** The day before the first Bilaga (2025-07-01): no catalog is in force. */
    private static final String BEFORE_THE_BILAGA = "2025-06-30";

    EligibilityAnswersIT() {
        super("cmv", "unit_core_eligibility_answers");
    }

    @Test
    void the_insatser_of_a_day_before_the_first_bilaga_are_a_422_naming_onDate() {
        Api.Answer answer = api.get("/insatser?onDate=" + BEFORE_THE_BILAGA);

        EligibilityProblems.assertNamesOnly(answer, 422, "onDate", BEFORE_THE_BILAGA);
        assertThat(answer.text("type")).endsWith("no-catalog-in-force");
    }

    @Test
    void a_case_started_before_the_first_bilaga_is_a_422_naming_startDate_and_nothing_is_stored() {
        long cases = db.count("case_file");

        Api.Answer answer = api.post("/cases", """
                {"insats":"cmv-samtal-om-vald","startDate":"%s","age":35}""".formatted(BEFORE_THE_BILAGA));

        EligibilityProblems.assertNamesOnly(answer, 422, "startDate", BEFORE_THE_BILAGA);
        assertThat(db.count("case_file")).isEqualTo(cases);
    }

    @Test
    void an_advisory_contact_dated_before_the_first_bilaga_is_a_422_naming_date_and_nothing_is_stored() {
        long contacts = db.count("advisory_contact");

        Api.Answer answer = api.post("/advisory-contacts", """
                {"insats":"cmv-informationssamtal","date":"%s","channel":"PHONE","askedBy":"SELF"}"""
                .formatted(BEFORE_THE_BILAGA));

        EligibilityProblems.assertNamesOnly(answer, 422, "date", BEFORE_THE_BILAGA);
        assertThat(db.count("advisory_contact")).isEqualTo(contacts);
    }

    @Test
    void an_insats_the_catalog_does_not_have_is_a_422_naming_insats_on_cases_and_contacts() {
        Api.Answer unknownCase = api.post("/cases", "{\"insats\":\"cmv-okand-insats\",\"age\":35}");
        Api.Answer unknownContact = api.post("/advisory-contacts",
                "{\"insats\":\"cmv-okand-insats\",\"channel\":\"PHONE\",\"askedBy\":\"SELF\"}");

        EligibilityProblems.assertNamesOnly(unknownCase, 422, "insats", "cmv-okand-insats");
        EligibilityProblems.assertNamesOnly(unknownContact, 422, "insats", "cmv-okand-insats");
    }

    @Test
    void an_insats_id_that_is_not_a_path_segment_is_a_422_naming_insats() {
        for (String id : new String[] {"cmv-kast/../cmv-kast", "..", "cmv kast?onDate=2025-06-30", "%2e%2e"}) {
            Api.Answer answer = api.post("/cases", "{\"insats\":\"" + id + "\",\"age\":35}");

            assertThat(answer.status()).as(id).isBetween(400, 499);
            EligibilityProblems.assertNamesOnly(answer, answer.status(), "insats", id);
        }
    }

    @Test
    void a_villkor_whose_input_is_missing_is_a_422_naming_the_missing_fields() {
        // Gruppverksamhet (2.9) has an age and a legal-gender villkor; neither is given.
        Api.Answer answer = api.post("/advisory-contacts",
                "{\"insats\":\"cmv-gruppverksamhet\",\"channel\":\"VISIT\",\"askedBy\":\"SELF\"}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.text("type")).endsWith("condition-input-missing");
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer"))
                .containsExactlyInAnyOrder("#/age", "#/legalGender");
    }
}
