package se.jamtland.unit.cases.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page (issue 13, "A case") over HTTP, as a browser posts its forms: status codes, Post/Redirect/Get, what
 * a refused form answers and keeps, the CSRF check, the access log the API would write, and what another unit or an
 * unknown code is shown. On Mini-Maria, which has a de-identified insats with a plan (Återfallsprevention, 10
 * sessions) and an individual one (A-CRA, 15 sessions and 3 boosters). The browser tests check what a person sees.
 */
@MicronautTest(environments = "unit", transactional = false)
class CasePageIT extends UnitServiceTestBase {

    @Inject
    EmbeddedServer server;

    /** One person per A-CRA case: a person has one open case per insats. */
    private final AtomicInteger people = new AtomicInteger();

    CasePageIT() {
        super("minimaria", "unit_core_case_page");
    }

    @Test
    void a_session_registered_on_the_page_goes_back_to_the_case_with_a_confirmation_and_the_progress() {
        String caseCode = openAterfallsprevention(19);
        PageVisitor visitor = loggedIn("anna-mm");

        HttpResponse<String> posted = visitor.post(page(caseCode), page(caseCode) + "/sessioner",
                Map.of("kind", "SESSION", "date", "2025-09-08", "channel", "VISIT", "participantCount", "2"));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).hasValue(page(caseCode));
        String after = visitor.get(page(caseCode)).body();
        assertThat(after).contains("Sessionen är registrerad.").contains("1 av 10 sessioner")
                .contains("<progress id=\"framsteg-session\" max=\"10\" value=\"1\">").contains("2025-09-08")
                .contains("Besök");
        assertThat(visitor.get(page(caseCode)).body()).as("the confirmation is shown once")
                .doesNotContain("Sessionen är registrerad.");
    }

    @Test
    void the_progress_reads_in_words_and_bars_for_each_kind_the_plan_counts() {
        String caseCode = openACra(19);
        api.post("/cases/" + caseCode + "/sessions", "{\"date\":\"2025-09-08\",\"kind\":\"BOOSTER\"}");
        PageVisitor visitor = loggedIn("anna-mm");

        String body = visitor.get(page(caseCode)).body();

        assertThat(body).contains("0 av 15 sessioner, 1 av 3 boostersessioner")
                .contains("<progress id=\"framsteg-session\" max=\"15\" value=\"0\">")
                .contains("<progress id=\"framsteg-booster\" max=\"3\" value=\"1\">")
                .contains("<label for=\"framsteg-booster\">1 av 3 boostersessioner</label>");
    }

    @Test
    void a_refused_session_shows_the_page_again_with_the_reason_by_its_field_and_what_was_typed() {
        String caseCode = openAterfallsprevention(19);
        PageVisitor visitor = loggedIn("anna-mm");

        HttpResponse<String> refused = visitor.post(page(caseCode), page(caseCode) + "/sessioner",
                Map.of("kind", "SESSION", "date", "2025-08-01", "participantCount", "2"));
        HttpResponse<String> unreadable = visitor.post(page(caseCode), page(caseCode) + "/sessioner",
                Map.of("kind", "SESSION", "date", "den åttonde", "participantCount", "två"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Det här behöver rättas").contains("href=\"#session-date\"")
                .contains("Datumet ska vara från ärendets start (2025-09-01) till idag.")
                .contains("id=\"session-date-fel\"").contains("aria-invalid=\"true\"")
                .contains("value=\"2025-08-01\"").contains("value=\"2\"");
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("href=\"#session-date\"").contains("href=\"#session-participantCount\"")
                .contains("value=\"den åttonde\"");
        assertThat(sessionsOf(caseCode)).as("nothing half-written").isEmpty();
    }

    @Test
    void a_note_with_a_name_is_refused_by_the_identity_guard_with_the_reason_and_never_the_name_in_a_message() {
        String caseCode = openAterfallsprevention(19);
        PageVisitor visitor = loggedIn("anna-mm");
        String text = "Samtal med " + Canaries.FULL_NAME + " om återfall.";

        HttpResponse<String> refused = visitor.post(page(caseCode), page(caseCode) + "/anteckningar",
                Map.of("text", text));
        HttpResponse<String> written = visitor.post(page(caseCode), page(caseCode) + "/anteckningar",
                Map.of("text", "Samtal om återfall och strategier."));

        assertThat(refused.statusCode()).isEqualTo(422);
        String body = refused.body();
        assertThat(body).contains("href=\"#note-text\"").contains("id=\"note-text-fel\"").contains("Innehåller");
        assertThat(body.substring(body.indexOf("<textarea")).indexOf(Canaries.FAMILY_NAME))
                .as("kept only in the field, so nothing typed is lost").isPositive();
        assertThat(body.substring(0, body.indexOf("<textarea"))).as("never in a message")
                .doesNotContain(Canaries.FAMILY_NAME);
        assertThat(written.statusCode()).isEqualTo(303);
        assertThat(visitor.get(page(caseCode)).body()).contains("Anteckningen är sparad.")
                .contains("Samtal om återfall och strategier.");
        assertThat(db.rows("SELECT note FROM working_note WHERE case_code = ?", caseCode)).singleElement()
                .satisfies(row -> assertThat(row.get("note")).isEqualTo("Samtal om återfall och strategier."));
    }

    @Test
    void closing_needs_a_reason_and_then_the_case_shows_it_in_swedish_and_takes_no_more_sessions() {
        String caseCode = openAterfallsprevention(19);
        PageVisitor visitor = loggedIn("anna-mm");

        HttpResponse<String> noReason = visitor.post(page(caseCode), page(caseCode) + "/avslut", Map.of("date", ""));
        HttpResponse<String> closed = visitor.post(page(caseCode), page(caseCode) + "/avslut",
                Map.of("reason", "DISCONTINUED", "date", "2025-10-01"));

        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("href=\"#closure-reason\"").contains("Välj varför ärendet avslutas.");
        assertThat(closed.statusCode()).isEqualTo(303);
        String after = visitor.get(page(caseCode)).body();
        assertThat(after).contains("Ärendet är avslutat.").contains("Avslutat 2025-10-01: Insatsen avbröts")
                .doesNotContain("Registrera sessionen");
        assertThat(api.get("/cases/" + caseCode).json()).containsEntry("closureReason", "DISCONTINUED");
    }

    @Test
    void a_case_under_guardian_secrecy_keeps_its_banner_and_is_never_disclosed_to_a_guardian() {
        String caseCode = openAterfallsprevention(16);
        PageVisitor visitor = loggedIn("anna-mm");

        String shown = visitor.get(page(caseCode)).body();
        HttpResponse<String> toGuardian = visitor.post(page(caseCode), page(caseCode) + "/utlamnande",
                Map.of("recipient", "GUARDIAN"));
        HttpResponse<String> toPerson = visitor.post(page(caseCode), page(caseCode) + "/utlamnande",
                Map.of("recipient", "DATA_SUBJECT"));

        assertThat(shown).contains("Sekretess mot vårdnadshavare").contains("12 kap. 3 §");
        assertThat(toGuardian.statusCode()).isEqualTo(403);
        assertThat(toGuardian.body()).contains("href=\"#disclosure-recipient\"").contains("Inget har lämnats ut.")
                .contains("id=\"sekretess\"");
        assertThat(toPerson.statusCode()).isEqualTo(303);
        assertThat(visitor.get(page(caseCode)).body()).contains("Ärendet är utlämnat till: Personen själv.");
    }

    @Test
    void reading_an_individual_record_on_its_page_is_logged_as_the_api_logs_it() {
        String caseCode = openACra(19);
        PageVisitor visitor = loggedIn("cecilia-mm");

        String body = visitor.get(page(caseCode)).body();
        HttpResponse<String> journal = visitor.post(page(caseCode), page(caseCode) + "/journal",
                Map.of("text", "Första sessionen planerad."));

        assertThat(body).contains("Journal").contains(Canaries.FAMILY_NAME).doesNotContain("Arbetsanteckningar");
        assertThat(journal.statusCode()).isEqualTo(303);
        assertThat(db.rows("SELECT action FROM audit_log WHERE staff_id = ? AND case_code = ? ORDER BY seq",
                "cecilia-mm", caseCode)).extracting(row -> row.get("action"))
                .as("the page read it twice (once for the token the form needs), then wrote the journal")
                .containsExactly("READ", "READ", "UPDATE");
    }

    @Test
    void an_unknown_code_and_another_units_login_see_the_same_refusal_whether_the_case_exists_or_not() {
        String caseCode = openAterfallsprevention(19);
        PageVisitor own = loggedIn("anna-mm");
        PageVisitor other = new PageVisitor(base());
        other.logIn("bo-cmv", "cmv", "STAFF");

        HttpResponse<String> unknown = own.get(page("ZZZZ-9999"));
        HttpResponse<String> existingToOther = other.get(page(caseCode));
        HttpResponse<String> unknownToOther = other.get(page("ZZZZ-9999"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Ärendet finns inte").doesNotContain("ZZZZ-9999");
        assertThat(existingToOther.statusCode()).isEqualTo(403);
        assertThat(unknownToOther.statusCode()).isEqualTo(403);
        assertThat(existingToOther.body()).isEqualTo(unknownToOther.body()).doesNotContain(caseCode);
        assertThat(other.postRaw(page(caseCode) + "/sessioner", "kind=SESSION").statusCode())
                .as("no session token: refused before anything").isEqualTo(403);
        assertThat(sessionsOf(caseCode)).isEmpty();
    }

    @Test
    void a_form_posted_without_the_sessions_csrf_token_is_refused_and_writes_nothing() {
        String caseCode = openAterfallsprevention(19);
        PageVisitor visitor = loggedIn("anna-mm");

        HttpResponse<String> forged = visitor.postRaw(page(caseCode) + "/sessioner", "kind=SESSION&_csrf=forged");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Formuläret kunde inte skickas");
        assertThat(sessionsOf(caseCode)).isEmpty();
    }

    private List<Map<String, Object>> sessionsOf(String caseCode) {
        return db.rows("SELECT case_code FROM case_session WHERE case_code = ?", caseCode);
    }

    private String openAterfallsprevention(int age) {
        return open("{\"insats\":\"minimaria-aterfallsprevention\",\"startDate\":\"2025-09-01\",\"age\":" + age + "}");
    }

    private String openACra(int age) {
        return open("{\"insats\":\"minimaria-a-cra\",\"startDate\":\"2025-09-01\",\"age\":" + age
                + ",\"person\":{\"identityNumber\":\"" + Canaries.personnummer(age, "FEMALE", people.incrementAndGet())
                + "\",\"givenName\":\"" + Canaries.GIVEN_NAME + "\",\"familyName\":\"" + Canaries.FAMILY_NAME + "\"}}");
    }

    private String open(String command) {
        var opened = api.post("/cases", command);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.text("caseCode");
    }

    private PageVisitor loggedIn(String staffId) {
        PageVisitor visitor = new PageVisitor(base());
        visitor.logIn(staffId, "minimaria", "STAFF");
        return visitor;
    }

    private static String page(String caseCode) {
        return "/ui/arenden/" + caseCode;
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
