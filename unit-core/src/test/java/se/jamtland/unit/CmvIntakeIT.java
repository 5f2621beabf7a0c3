package se.jamtland.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.UnitServiceTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** Villkor at intake, on Centrum mot våld, whose insatser have the Bilaga's age villkor. */
// Not transactional: the service commits its own transactions, and the tests read them back.
@MicronautTest(environments = "unit", transactional = false)
class CmvIntakeIT extends UnitServiceTestBase {

    CmvIntakeIT() {
        super("cmv", "unit_core_cmv");
    }

    @Test
    void a_14_year_old_asking_for_stodsamtal_is_referred_to_a_needs_assessment_and_no_case_is_stored() {
        long cases = db.count("case_file");
        long referrals = db.count("referral");

        Api.Answer answer = api.post("/cases", """
                {"insats":"cmv-stodsamtal-vald","startDate":"2025-09-15","age":14,"guardianConsentGiven":true}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("refer-to-needs-assessment");
        assertThat(answer.text("detail")).contains("biståndsbedömning");
        assertThat(answer.list("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("pointer")).isEqualTo("#/age");
            assertThat(error.get("detail").toString()).contains("15 år och uppåt");
        });
        assertThat(db.count("case_file")).isEqualTo(cases);
        assertThat(db.count("referral")).isEqualTo(referrals + 1);
        assertThat(db.rows("SELECT * FROM referral ORDER BY id DESC LIMIT 1").get(0))
                .containsEntry("insats", "cmv-stodsamtal-vald").containsEntry("age_band", "13-14")
                .containsEntry("unmet_conditions", "MIN_AGE");
    }

    @Test
    void samtal_om_vald_takes_up_to_20_sessions_and_refuses_the_21st() {
        String caseCode = api.post("/cases", """
                {"insats":"cmv-samtal-om-vald","startDate":"2025-08-01","age":35}""").text("caseCode");

        for (int i = 1; i <= 20; i++) {
            assertThat(api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-01\"}").status())
                    .as("session %d", i).isEqualTo(201);
        }
        Api.Answer twentyFirst = api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-02\"}");

        assertThat(twentyFirst.status()).isEqualTo(422);
        assertThat(twentyFirst.text("detail")).contains("upp till 20 samtal");
        assertThat(db.rows("SELECT COUNT(*) AS n FROM case_session WHERE case_code = ?", caseCode).get(0).get("n"))
                .isEqualTo(20L);
    }

    @Test
    void an_advisory_insats_cannot_be_opened_as_a_case() {
        Api.Answer answer = api.post("/cases", "{\"insats\":\"cmv-informationssamtal\",\"age\":30}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("advisory-insats");
    }

    @Test
    void a_case_insats_cannot_be_recorded_as_an_advisory_contact() {
        Api.Answer answer = api.post("/advisory-contacts", """
                {"insats":"cmv-kast","channel":"VISIT","askedBy":"SELF","age":30}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("not-an-advisory-insats");
    }

    @Test
    void a_gruppverksamhet_contact_without_legal_gender_names_the_missing_field() {
        Api.Answer answer = api.post("/advisory-contacts", """
                {"insats":"cmv-gruppverksamhet","date":"2025-09-15","channel":"VISIT","askedBy":"SELF","age":30}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.list("errors")).extracting(error -> error.get("pointer")).containsExactly("#/legalGender");
    }
}
