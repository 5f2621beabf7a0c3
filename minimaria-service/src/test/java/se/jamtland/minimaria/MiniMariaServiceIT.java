package se.jamtland.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.EligibilityProblems;
import se.jamtland.unit.testing.UnitServiceTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** What only Mini-Maria has, on minimaria-service as deployed. */
@MicronautTest(environments = "unit", transactional = false)
class MiniMariaServiceIT extends UnitServiceTestBase {

    MiniMariaServiceIT() {
        super("minimaria", "minimaria_service_test");
    }

    @Test
    void the_service_is_healthy_and_lists_its_six_insatser() {
        assertThat(api.get("/health").text("status")).isEqualTo("UP");
        assertThat(api.get("/insatser?onDate=2025-09-15").array()).hasSize(6);
    }

    @Test
    void radgivande_samtal_are_held_by_phone_chat_or_visit_only() {
        String body = "{\"insats\":\"minimaria-radgivande-samtal\",\"channel\":\"%s\",\"askedBy\":\"PROFESSIONAL\"}";

        assertThat(api.post("/advisory-contacts", body.formatted("CHAT")).status()).isEqualTo(201);
        Api.Answer video = api.post("/advisory-contacts", body.formatted("VIDEO"));

        assertThat(video.status()).isEqualTo(422);
        assertThat(video.text("detail")).contains("CHAT, PHONE, VISIT");
    }

    @Test
    void the_cannabis_programme_shows_held_against_the_13_planned_sessions() {
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-cannabisprogrammet","startDate":"2025-09-01","age":18,
                 "person":{"identityNumber":"%s","givenName":"%s","familyName":"%s"}}"""
                .formatted(Canaries.personnummer(18, "FEMALE", 0), Canaries.GIVEN_NAME, Canaries.FAMILY_NAME))
                .text("caseCode");

        Api.Answer afterOne = api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-02\"}");

        assertThat(afterOne.map("progress")).containsEntry("sessionsHeld", 1).containsEntry("sessionsPlanned", 13);
    }

    @Test
    void fft_sessions_record_how_many_family_members_took_part() {
        String caseCode = api.post("/cases", """
                {"insats":"minimaria-fft","startDate":"2025-09-01","age":16,
                 "person":{"identityNumber":"%s","givenName":"%s","familyName":"%s"}}"""
                .formatted(Canaries.personnummer(16, "MALE", 0), Canaries.GIVEN_NAME, Canaries.FAMILY_NAME))
                .text("caseCode");

        Api.Answer session = api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-03\",\"participantCount\":4}");

        assertThat(session.list("sessions")).singleElement()
                .satisfies(held -> assertThat(held).containsEntry("participantCount", 4));
    }

    @Test
    void a_case_started_before_the_first_bilaga_or_of_an_unknown_insats_is_a_422_naming_the_field() {
        long before = db.count("case_file");

        Api.Answer early = api.post("/cases", """
                {"insats":"minimaria-a-cra","startDate":"2025-06-30","age":16}""");
        Api.Answer unknown = api.post("/cases", "{\"insats\":\"minimaria-okand\",\"age\":16}");
        Api.Answer insatser = api.get("/insatser?onDate=2025-06-30");

        EligibilityProblems.assertNamesOnly(early, 422, "startDate", "2025-06-30");
        EligibilityProblems.assertNamesOnly(unknown, 422, "insats", "minimaria-okand");
        EligibilityProblems.assertNamesOnly(insatser, 422, "onDate", "2025-06-30");
        assertThat(db.count("case_file")).isEqualTo(before);
    }
}
