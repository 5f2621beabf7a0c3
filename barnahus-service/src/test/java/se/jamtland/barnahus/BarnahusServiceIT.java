package se.jamtland.barnahus;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.EligibilityProblems;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Krissamtal (5.1) on barnahus-service as deployed: tied to a barnförhör, participants as categories. */
@MicronautTest(environments = "unit", transactional = false)
class BarnahusServiceIT extends UnitServiceTestBase {

    BarnahusServiceIT() {
        super("barnahus", "barnahus_service_test");
    }

    @Test
    void a_krissamtal_is_recorded_with_the_barnforhor_date_and_who_took_part() {
        Api.Answer answer = api.post("/krissamtal", """
                {"date":"2025-09-15","interviewDate":"2025-09-15","participants":["GUARDIAN","CHILD"],"age":9,
                 "kommun":"2321"}""");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json()).containsEntry("interviewDate", "2025-09-15");
        assertThat(answer.map("contact")).containsEntry("insats", "barnahus-krissamtal").containsEntry("ageBand", "0-12")
                .containsEntry("participantCount", 2).containsEntry("channel", "VISIT");
        Object id = answer.map("contact").get("id");
        Map<String, Object> detail = db.rows("SELECT * FROM krissamtal_detail WHERE advisory_contact_id = ?", id).get(0);
        assertThat(detail).containsEntry("participants", "CHILD,GUARDIAN");
        assertThat(db.columns("krissamtal_detail")).containsExactly("advisory_contact_id", "interview_date",
                "participants");
    }

    @Test
    void a_krissamtal_long_after_the_barnforhor_is_refused_and_nothing_is_written() {
        long before = db.count("advisory_contact");

        Api.Answer answer = api.post("/krissamtal", """
                {"date":"2025-09-20","interviewDate":"2025-09-15","participants":["CHILD"]}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void a_child_under_15_without_a_guardian_taking_part_needs_recorded_consent() {
        long before = db.count("advisory_contact");

        Api.Answer answer = api.post("/krissamtal", """
                {"date":"2025-09-15","interviewDate":"2025-09-15","participants":["CHILD","OTHER_CAREGIVER"],"age":9}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("type")).endsWith("guardian-consent-required");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void a_participant_is_a_category_never_a_name() {
        Api.Answer answer = api.post("/krissamtal", """
                {"interviewDate":"2025-09-15","participants":["%s"]}""".formatted(Canaries.FULL_NAME));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Kanarie");
    }

    @Test
    void a_krissamtal_or_contact_dated_before_the_first_bilaga_is_a_422_naming_date_and_nothing_is_written() {
        long before = db.count("advisory_contact");

        Api.Answer krissamtal = api.post("/krissamtal", """
                {"date":"2025-06-30","interviewDate":"2025-06-30","participants":["CHILD"],"age":16}""");
        Api.Answer contact = api.post("/advisory-contacts", """
                {"insats":"barnahus-krissamtal","date":"2025-06-30","channel":"VISIT","askedBy":"SELF","age":16}""");

        EligibilityProblems.assertNamesOnly(krissamtal, 422, "date", "2025-06-30");
        EligibilityProblems.assertNamesOnly(contact, 422, "date", "2025-06-30");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }
}
