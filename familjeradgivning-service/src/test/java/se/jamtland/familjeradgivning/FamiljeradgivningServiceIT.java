package se.jamtland.familjeradgivning;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.EligibilityProblems;
import se.jamtland.unit.testing.UnitServiceTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** Familjerådgivning (4.1) on familjeradgivning-service as deployed: advisory, for couples and families, 18+. */
@MicronautTest(environments = "unit", transactional = false)
class FamiljeradgivningServiceIT extends UnitServiceTestBase {

    FamiljeradgivningServiceIT() {
        super("familjeradgivning", "familjeradgivning_service_test");
    }

    @Test
    void a_couples_session_is_an_advisory_contact_with_two_participants() {
        Api.Answer answer = api.post("/advisory-contacts", """
                {"insats":"familjeradgivning","date":"2025-09-15","channel":"VISIT","askedBy":"SELF","age":34,
                 "gender":"female","kommun":"2380","topicCodes":["SAMLEVNADSKONFLIKT"],"participantCount":2,
                 "durationMinutes":60}""");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json()).containsEntry("participantCount", 2).containsEntry("ageBand", "30-49");
        assertThat(api.get("/advisory-contacts?from=2025-09-01&to=2025-09-30").list("items")).hasSize(1);
    }

    @Test
    void a_17_year_old_is_referred_to_a_needs_assessment_and_nothing_is_recorded() {
        long before = db.count("advisory_contact");

        Api.Answer answer = api.post("/advisory-contacts", """
                {"insats":"familjeradgivning","date":"2025-09-15","channel":"VISIT","askedBy":"SELF","age":17}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("refer-to-needs-assessment");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
        assertThat(db.count("referral")).isEqualTo(1);
    }

    @Test
    void familjeradgivning_has_no_cases() {
        assertThat(api.post("/cases", "{\"insats\":\"familjeradgivning\",\"age\":40}").status()).isEqualTo(422);
    }

    @Test
    void a_contact_dated_before_the_first_bilaga_is_a_422_naming_date_and_nothing_is_written() {
        long before = db.count("advisory_contact");

        Api.Answer answer = api.post("/advisory-contacts", """
                {"insats":"familjeradgivning","date":"2025-06-30","channel":"VISIT","askedBy":"SELF","age":34}""");

        EligibilityProblems.assertNamesOnly(answer, 422, "date", "2025-06-30");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }
}
