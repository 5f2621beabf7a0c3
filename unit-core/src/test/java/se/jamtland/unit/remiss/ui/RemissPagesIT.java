package se.jamtland.unit.remiss.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.CaseSystemRemisser;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The remiss inbox's pages over HTTP (issue 13): what each answers, the decisions' effects in the database and the
 * access log, the refusals (intake's own, a missing reason, a form without its CSRF token, another unit's login).
 * The browser test (RemissInboxAndLogFollowUpBrowserIT) does the same work with the keyboard.
 */
@MicronautTest(environments = "unit", transactional = false)
class RemissPagesIT extends UnitServiceTestBase {

    private static final String OSTERSUND = "2380";

    @Inject
    EmbeddedServer server;

    private CaseSystemRemisser kommun;
    private PageVisitor staff;

    RemissPagesIT() {
        super("minimaria", "unit_core_remiss_pages");
    }

    @BeforeEach
    void logIn() {
        kommun = new CaseSystemRemisser(api);
        staff = new PageVisitor("http://localhost:" + server.getPort());
        staff.logIn("anna-minimaria", "minimaria", "STAFF");
    }

    private Map<String, Object> remissRow(String id) {
        return db.rows("SELECT status, case_code, decline_reason FROM remiss WHERE id = ?", id).get(0);
    }

    private long auditRows(String record, String action) {
        return ((Number) db.rows("SELECT COUNT(*) AS n FROM audit_log WHERE case_code = ? AND action = ?", record,
                action).get(0).get("n")).longValue();
    }

    @Test
    void the_inbox_lists_a_received_remiss_with_its_insats_kommun_and_day_and_no_identity() {
        String id = kommun.send(OSTERSUND, Canaries.personnummer(19, "FEMALE", 1), false);

        HttpResponse<String> inbox = staff.get("/ui/remisser");

        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("/ui/remisser/" + id).contains("Östersund")
                .contains(CaseSystemRemisser.A_CRA).contains("Mottagen")
                .doesNotContain(Canaries.FAMILY_NAME).doesNotContain(CaseSystemRemisser.MESSAGE);
        assertThat(auditRows(id, "LIST")).as("shown in a listing, as through the API").isEqualTo(1);
        assertThat(staff.get("/ui/remisser?status=&sida=").statusCode()).as("an address typed by hand")
                .isEqualTo(200);
    }

    @Test
    void a_remiss_shows_the_person_guardians_referrer_and_message_and_its_reading_is_logged() {
        String identityNumber = Canaries.personnummer(19, "MALE", 2);
        String id = kommun.send(OSTERSUND, identityNumber, true);

        HttpResponse<String> page = staff.get("/ui/remisser/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(Canaries.FULL_NAME).contains(identityNumber.replace("-", ""))
                .contains(Canaries.GUARDIAN_NAME).contains(CaseSystemRemisser.REFERRER)
                .contains(CaseSystemRemisser.MESSAGE).contains("Remiss från <span>Östersund</span>")
                .contains("Anta remissen och öppna ärendet").contains("Personen tackade nej till insatsen");
        assertThat(auditRows(id, "READ")).isEqualTo(1);
    }

    @Test
    void accepting_opens_the_case_through_intake_and_sends_staff_to_it() {
        String id = kommun.send(OSTERSUND, Canaries.personnummer(20, "FEMALE", 3), false);
        long cases = db.count("case_file");

        HttpResponse<String> accepted = staff.post("/ui/remisser/" + id, "/ui/remisser/" + id + "/antagande",
                Map.of("startDate", "2025-09-15"));

        assertThat(accepted.statusCode()).isEqualTo(303);
        String caseCode = (String) remissRow(id).get("case_code");
        assertThat(remissRow(id)).containsEntry("status", "ACCEPTED");
        assertThat(accepted.headers().firstValue("Location")).hasValue("/ui/arenden/" + caseCode);
        assertThat(db.count("case_file")).isEqualTo(cases + 1);
        assertThat(db.rows("SELECT start_date FROM case_file WHERE case_code = ?", caseCode).get(0).get("start_date")
                .toString()).isEqualTo("2025-09-15");
        assertThat(auditRows(id, "ACCEPT")).isEqualTo(1);
        assertThat(auditRows(caseCode, "CREATE")).isEqualTo(1);

        HttpResponse<String> decided = staff.get("/ui/remisser/" + id);
        assertThat(decided.body()).contains("Antagen").contains("href=\"/ui/arenden/" + caseCode + "\"")
                .doesNotContain("Anta remissen och öppna ärendet");
        HttpResponse<String> again = staff.postRaw("/ui/remisser/" + id + "/antagande",
                "_csrf=" + staff.csrfOf("/ui/remisser") + "&startDate=");
        assertThat(again.statusCode()).as("a remiss is decided once").isEqualTo(409);
        assertThat(again.body()).contains("Remissen är redan antagen");
        assertThat(db.count("case_file")).isEqualTo(cases + 1);
    }

    @Test
    void intakes_refusal_is_shown_with_the_typed_values_kept_and_the_remiss_stays_received() {
        String id = kommun.send(OSTERSUND, Canaries.personnummer(14, "FEMALE", 4), true);
        long cases = db.count("case_file");

        HttpResponse<String> refused = staff.post("/ui/remisser/" + id, "/ui/remisser/" + id + "/antagande",
                Map.of("startDate", "2025-09-15"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Det här behöver rättas").contains("href=\"#guardianConsentGiven\"")
                .contains("value=\"2025-09-15\"").contains("aria-invalid=\"true\"");
        assertThat(remissRow(id)).containsEntry("status", "RECEIVED");
        assertThat(db.count("case_file")).isEqualTo(cases);

        HttpResponse<String> accepted = staff.post("/ui/remisser/" + id, "/ui/remisser/" + id + "/antagande",
                Map.of("startDate", "2025-09-15", "guardianConsentGiven", "ja"));
        assertThat(accepted.statusCode()).as("with the consent the unit recorded itself").isEqualTo(303);
        assertThat(remissRow(id)).containsEntry("status", "ACCEPTED");
    }

    @Test
    void a_start_date_that_is_no_date_is_a_422_with_the_typing_kept_and_nothing_opened() {
        String id = kommun.send(OSTERSUND, Canaries.personnummer(22, "MALE", 5), false);

        HttpResponse<String> refused = staff.post("/ui/remisser/" + id, "/ui/remisser/" + id + "/antagande",
                Map.of("startDate", "15 sept"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#startDate\"").contains("Skriv datumet som ÅÅÅÅ-MM-DD")
                .contains("value=\"15 sept\"").contains("aria-describedby=\"startDate-hint startDate-fel\"");
        assertThat(remissRow(id)).containsEntry("status", "RECEIVED");
    }

    @Test
    void declining_needs_a_reason_from_the_list_and_then_sends_staff_back_to_the_inbox() {
        String id = kommun.send(OSTERSUND, Canaries.personnummer(23, "FEMALE", 6), false);

        HttpResponse<String> none = staff.post("/ui/remisser/" + id, "/ui/remisser/" + id + "/avbojande", Map.of());
        HttpResponse<String> changed = staff.post("/ui/remisser/" + id, "/ui/remisser/" + id + "/avbojande",
                Map.of("reason", "ANNAT"));

        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("Ange ett skäl ur listan.").contains("href=\"#reason\"");
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(changed.body()).doesNotContain("ANNAT");
        assertThat(remissRow(id)).containsEntry("status", "RECEIVED");

        HttpResponse<String> declined = staff.post("/ui/remisser/" + id, "/ui/remisser/" + id + "/avbojande",
                Map.of("reason", "NOT_REACHED"));

        assertThat(declined.statusCode()).isEqualTo(303);
        assertThat(declined.headers().firstValue("Location")).hasValue("/ui/remisser");
        assertThat(remissRow(id)).containsEntry("status", "DECLINED").containsEntry("decline_reason", "NOT_REACHED");
        assertThat(auditRows(id, "DECLINE")).isEqualTo(1);
        HttpResponse<String> inbox = staff.get("/ui/remisser");
        assertThat(inbox.body()).contains("Remissen är avböjd. Skäl: Enheten har inte fått kontakt med personen.")
                .doesNotContain("/ui/remisser/" + id + "\"");
        assertThat(staff.get("/ui/remisser?status=DECLINED").body()).contains("/ui/remisser/" + id);
        assertThat(staff.get("/ui/remisser/" + id).body()).contains("Avböjd")
                .contains("Enheten har inte fått kontakt med personen").doesNotContain("Avböj remissen</button>");
    }

    @Test
    void a_decision_without_the_sessions_csrf_token_is_refused_and_decides_nothing() {
        String id = kommun.send(OSTERSUND, Canaries.personnummer(24, "MALE", 7), false);

        HttpResponse<String> forged = staff.postRaw("/ui/remisser/" + id + "/avbojande", "reason=NOT_REACHED");
        HttpResponse<String> accept = staff.postRaw("/ui/remisser/" + id + "/antagande", "_csrf=not-the-token");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accept.statusCode()).isEqualTo(403);
        assertThat(remissRow(id)).containsEntry("status", "RECEIVED");
    }

    @Test
    void a_login_of_another_unit_sees_neither_the_inbox_nor_a_remiss_and_cannot_decide_one() {
        String id = kommun.send(OSTERSUND, Canaries.personnummer(25, "FEMALE", 8), false);
        PageVisitor cmv = new PageVisitor(staff.base());
        cmv.logIn("bo-cmv", "cmv", "STAFF");

        HttpResponse<String> inbox = cmv.get("/ui/remisser");
        HttpResponse<String> remiss = cmv.get("/ui/remisser/" + id);

        assertThat(inbox.statusCode()).isEqualTo(403);
        assertThat(inbox.body()).contains("Du har inte tillgång till den här sidan").doesNotContain(id);
        assertThat(remiss.statusCode()).isEqualTo(403);
        assertThat(remiss.body()).doesNotContain(Canaries.FAMILY_NAME);
        assertThat(auditRows(id, "READ")).isZero();
    }

    @Test
    void a_remiss_that_does_not_exist_is_a_swedish_404_page() {
        HttpResponse<String> page = staff.get("/ui/remisser/minimaria-00000000-0000-4000-8000-000000000000");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Remissen finns inte").contains("lang=\"sv\"");
    }
}
