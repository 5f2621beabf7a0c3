package se.jamtland.cmv;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;
import se.jamtland.unit.testing.EligibilityProblems;
import se.jamtland.unit.testing.UnitServiceTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** What only Centrum mot våld has, on cmv-service as deployed: groups, Partnerkontakt's link, IVIN channels. */
@MicronautTest(environments = "unit", transactional = false)
class CmvServiceIT extends UnitServiceTestBase {

    CmvServiceIT() {
        super("cmv", "cmv_service_test");
    }

    @Test
    void the_service_is_healthy_and_serves_both_its_api_documents() {
        assertThat(api.get("/health").text("status")).isEqualTo("UP");
        assertThat(http.toBlocking().retrieve("/openapi/unit-service-1.yml")).contains("/cases/{caseCode}/sessions");
        assertThat(http.toBlocking().retrieve("/openapi/cmv-service-1.yml")).contains("/groups/{id}/sessions");
    }

    @Test
    void a_group_cycle_counts_participants_per_session_and_never_names_them() {
        Api.Answer group = api.post("/groups", "{\"startDate\":\"2025-09-01\"}");
        long groupId = ((Number) group.json().get("id")).longValue();

        Api.Answer session = api.post("/groups/" + groupId + "/sessions", "{\"date\":\"2025-09-08\",\"participantCount\":7}");
        Api.Answer named = api.post("/groups/" + groupId + "/sessions",
                "{\"date\":\"2025-09-15\",\"participantCount\":1,\"participants\":[\"" + Canaries.FULL_NAME + "\"]}");

        assertThat(group.status()).isEqualTo(201);
        assertThat(group.json()).containsEntry("plannedSessions", 10).containsEntry("catalogVersion", "2025-07-01");
        assertThat(session.json()).containsEntry("sessionsHeld", 1);
        assertThat(named.status()).isEqualTo(400);
        assertThat(named.body()).doesNotContain("Kanarie");
        assertThat(db.columns("group_session")).containsExactly("id", "group_id", "session_date", "participant_count",
                "recorded_at");
        assertThat(db.rows("SELECT * FROM group_session WHERE group_id = ?", groupId)).hasSize(1);
    }

    @Test
    void partnerkontakt_may_be_linked_to_a_samtal_om_vald_case_of_the_unit_but_not_to_another_insats() {
        String samtal = api.post("/cases", "{\"insats\":\"cmv-samtal-om-vald\",\"age\":40}").text("caseCode");
        String kast = api.post("/cases", "{\"insats\":\"cmv-kast\",\"age\":40}").text("caseCode");

        Api.Answer linked = api.post("/cases", """
                {"insats":"cmv-partnerkontakt","age":38,"linkedCaseCode":"%s"}""".formatted(samtal));
        Api.Answer refused = api.post("/cases", """
                {"insats":"cmv-partnerkontakt","age":38,"linkedCaseCode":"%s"}""".formatted(kast));

        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.json()).containsEntry("linkedCaseCode", samtal);
        assertThat(linked.map("progress")).containsEntry("sessionsPlanned", 5).containsEntry("maxSessions", 5);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("type")).endsWith("invalid-case-link");
    }

    @Test
    void ivin_sessions_are_digital_or_visits() {
        String ivin = api.post("/cases", "{\"insats\":\"cmv-samtal-om-vald-ivin\",\"age\":29}").text("caseCode");

        Api.Answer phone = api.post("/cases/" + ivin + "/sessions", "{\"channel\":\"PHONE\"}");
        Api.Answer digital = api.post("/cases/" + ivin + "/sessions", "{\"channel\":\"DIGITAL\"}");
        Api.Answer visit = api.post("/cases/" + ivin + "/sessions", "{\"channel\":\"VISIT\"}");

        assertThat(phone.status()).isEqualTo(422);
        assertThat(digital.status()).isEqualTo(201);
        assertThat(visit.status()).isEqualTo(201);
    }

    @Test
    void a_group_started_before_the_first_bilaga_is_a_422_naming_startDate_and_no_group_is_stored() {
        long groups = db.count("group_cycle");

        Api.Answer answer = api.post("/groups", "{\"startDate\":\"2025-06-30\"}");

        EligibilityProblems.assertNamesOnly(answer, 422, "startDate", "2025-06-30");
        assertThat(db.count("group_cycle")).isEqualTo(groups);
    }
}
