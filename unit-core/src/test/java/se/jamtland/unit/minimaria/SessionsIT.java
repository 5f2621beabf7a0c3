package se.jamtland.unit.minimaria;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.jamtland.unit.minimaria.MiniMariaRequests.aCraCase;
import static se.jamtland.unit.minimaria.MiniMariaRequests.aSession;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAstrid;
import static se.jamtland.unit.minimaria.MiniMariaRequests.anAterfallspreventionCase;
import static se.jamtland.unit.minimaria.MiniMariaRequests.closure;

/** Sessions against the Bilaga's plan for the insats, and a closed case that takes no more. */
@MicronautTest(environments = "unit", transactional = false)
class SessionsIT extends MiniMariaScenario {

    SessionsIT() {
        super("sessions");
    }

    @Test
    void sessions_show_as_progress_against_the_bilagas_plan() {
        String caseCode = api.post("/cases", aCraCase().startDate("2025-09-01").age(19)
                .person(anAstrid(Canaries.personnummer(19, "FEMALE", 0))).toString()).text("caseCode");

        api.post("/cases/" + caseCode + "/sessions", aSession("2025-09-08").participantCount(3).toString());
        api.post("/cases/" + caseCode + "/sessions", aSession("2025-09-15").toString());
        Api.Answer afterBooster = api.post("/cases/" + caseCode + "/sessions",
                aSession("2025-11-15").booster().toString());

        assertThat(afterBooster.status()).isEqualTo(201);
        assertThat(afterBooster.map("progress")).containsEntry("sessionsHeld", 2).containsEntry("sessionsPlanned", 15)
                .containsEntry("boostersHeld", 1).containsEntry("boostersPlanned", 3);
        assertThat(afterBooster.list("sessions")).first().satisfies(s -> assertThat(s).containsEntry("participantCount", 3));
    }

    @Test
    void a_closed_case_takes_no_more_sessions() {
        String caseCode = api.post("/cases", anAterfallspreventionCase().startDate("2025-09-01").age(19).toString())
                .text("caseCode");

        Api.Answer closed = api.post("/cases/" + caseCode + "/closure", closure("2025-10-01", "COMPLETED"));
        Api.Answer session = api.post("/cases/" + caseCode + "/sessions", aSession("2025-10-02").toString());

        assertThat(closed.json()).containsEntry("open", false).containsEntry("closureReason", "COMPLETED");
        assertThat(session.status()).isEqualTo(409);
        assertThat(api.get("/cases?open=false&insats=minimaria-aterfallsprevention").list("items"))
                .extracting(item -> item.get("caseCode")).contains(caseCode);
    }
}
