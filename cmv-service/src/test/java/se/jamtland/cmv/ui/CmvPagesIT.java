package se.jamtland.cmv.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Centrum mot våld's own pages over HTTP (issue 13): Gruppverksamhet's cycles and sessions, Partnerkontakt linked to
 * the case it belongs to, each write by Post/Redirect/Get with its confirmation, each refusal shown by its field
 * with the typed text kept, no identity input on any of these forms, CSRF and another unit's login refused.
 */
@MicronautTest(environments = "unit", transactional = false)
class CmvPagesIT extends UnitServiceTestBase {

    private static final Pattern INPUT_NAMES = Pattern.compile("<(?:input|select|textarea)[^>]*\\sname=\"([^\"]+)\"");
    /** Every name a person could be told apart by, in any of the request shapes the API knows. */
    private static final List<String> IDENTITY_INPUTS = List.of("person", "identityNumber", "givenName",
            "familyName", "name", "phone", "email", "address", "guardians");

    @Inject
    EmbeddedServer server;

    CmvPagesIT() {
        super("cmv", "cmv_pages");
    }

    @Test
    void a_staff_member_starts_a_group_and_registers_a_session_by_the_number_who_took_part() {
        PageVisitor anna = loggedIn();
        String start = LocalDate.now().minusDays(7).toString();

        HttpResponse<String> list = anna.get(CmvRoutes.GROUPS);
        HttpResponse<String> started = anna.post(CmvRoutes.GROUPS, CmvRoutes.GROUPS, Map.of("startDate", start));

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Starta en ny grupp").contains("href=\"/ui/grupper\"")
                .contains("href=\"/ui/partnerkontakt\"");
        assertThat(started.statusCode()).isEqualTo(303);
        String groupPage = started.headers().firstValue("Location").orElseThrow();
        assertThat(groupPage).matches("/ui/grupper/[0-9]+");
        HttpResponse<String> group = anna.get(groupPage);
        assertThat(group.body()).contains("Gruppen är startad.").contains("0 av 10 tillfällen hållna");

        HttpResponse<String> recorded = anna.post(groupPage, groupPage + "/tillfallen",
                Map.of("date", LocalDate.now().toString(), "participantCount", "6"));

        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(recorded.headers().firstValue("Location")).hasValue(groupPage);
        assertThat(anna.get(groupPage).body()).contains("Grupptillfället är registrerat.")
                .contains("1 av 10 tillfällen hållna").contains("<td>6</td>");
        assertThat(anna.get(CmvRoutes.GROUPS).body()).contains("Öppna gruppen som startade " + start);
        long id = Long.parseLong(groupPage.substring(groupPage.lastIndexOf('/') + 1));
        assertThat(db.rows("SELECT participant_count FROM group_session WHERE group_id = ?", id)).hasSize(1);
    }

    @Test
    void a_session_dated_before_its_group_started_is_refused_by_its_field_with_the_typed_values_kept() {
        PageVisitor anna = loggedIn();
        String groupPage = anna.post(CmvRoutes.GROUPS, CmvRoutes.GROUPS,
                Map.of("startDate", LocalDate.now().minusDays(3).toString())).headers().firstValue("Location")
                .orElseThrow();
        long sessions = db.count("group_session");
        String before = LocalDate.now().minusDays(10).toString();

        HttpResponse<String> refused = anna.post(groupPage, groupPage + "/tillfallen",
                Map.of("date", before, "participantCount", "4"));
        HttpResponse<String> unreadable = anna.post(groupPage, groupPage + "/tillfallen",
                Map.of("date", "i tisdags", "participantCount", "fyra"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Det här behöver rättas").contains("href=\"#date\"")
                .contains("aria-invalid=\"true\"").contains("aria-describedby=\"date-tips date-fel\"")
                .contains("value=\"" + before + "\"").contains("value=\"4\"");
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("href=\"#date\"").contains("href=\"#participantCount\"")
                .contains("Skriv ett antal med siffror.").contains("value=\"i tisdags\"");
        assertThat(errorSummaryOf(unreadable.body())).doesNotContain("i tisdags").doesNotContain("fyra");
        assertThat(db.count("group_session")).isEqualTo(sessions);
    }

    @Test
    void partnerkontakt_is_opened_linked_to_a_samtal_om_vald_case_and_the_link_is_shown() {
        PageVisitor anna = loggedIn();
        String samtal = api.post("/cases", "{\"insats\":\"cmv-samtal-om-vald\",\"age\":40}").text("caseCode");

        HttpResponse<String> page = anna.get(CmvRoutes.PARTNERKONTAKT);
        HttpResponse<String> opened = anna.post(CmvRoutes.PARTNERKONTAKT, CmvRoutes.PARTNERKONTAKT,
                Map.of("linkedCaseCode", samtal, "age", "38", "gender", "female", "kommun", "2380"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the catalog's target group, as information")
                .contains("Partner eller expartner").contains("Samtal om våld");
        assertThat(opened.statusCode()).isEqualTo(303);
        String after = anna.get(CmvRoutes.PARTNERKONTAKT).body();
        assertThat(after).contains("Partnerkontakt är öppnad som ärende").contains("kopplat till ärende " + samtal)
                .contains("href=\"/ui/arenden/" + samtal + "\"");
        assertThat(db.rows("SELECT case_code FROM case_file WHERE insats = 'cmv-partnerkontakt' AND linked_case_code = ?",
                samtal)).hasSize(1);
    }

    @Test
    void partnerkontakt_linked_to_another_insats_is_refused_by_its_field_and_no_case_is_opened() {
        PageVisitor anna = loggedIn();
        String kast = api.post("/cases", "{\"insats\":\"cmv-kast\",\"age\":40}").text("caseCode");
        long cases = db.count("case_file");

        HttpResponse<String> refused = anna.post(CmvRoutes.PARTNERKONTAKT, CmvRoutes.PARTNERKONTAKT,
                Map.of("linkedCaseCode", kast, "age", "38", "gender", "male", "kommun", "2309"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#linkedCaseCode\"")
                .contains("Det finns inget ärende med det numret som insatsen kan kopplas till.")
                .contains("value=\"" + kast + "\"").contains("value=\"male\" checked");
        assertThat(db.count("case_file")).isEqualTo(cases);
    }

    @Test
    void no_form_of_these_pages_has_an_identity_input_and_a_name_typed_for_a_code_is_refused_unrepeated() {
        PageVisitor anna = loggedIn();
        String groupPage = anna.post(CmvRoutes.GROUPS, CmvRoutes.GROUPS,
                Map.of("startDate", LocalDate.now().toString())).headers().firstValue("Location").orElseThrow();

        for (String path : List.of(CmvRoutes.GROUPS, groupPage, CmvRoutes.PARTNERKONTAKT)) {
            assertThat(inputNamesOf(anna.get(path).body())).as(path).doesNotContainAnyElementsOf(IDENTITY_INPUTS)
                    .allSatisfy(name -> assertThat(name).doesNotStartWith("person"));
        }
        HttpResponse<String> named = anna.post(CmvRoutes.PARTNERKONTAKT, CmvRoutes.PARTNERKONTAKT,
                Map.of("linkedCaseCode", Canaries.PERSONNUMMER, "age", "38"));
        assertThat(named.statusCode()).isEqualTo(422);
        assertThat(errorSummaryOf(named.body())).contains("#linkedCaseCode").doesNotContain(Canaries.PERSONNUMMER);
    }

    @Test
    void a_write_without_the_sessions_csrf_token_is_refused_and_nothing_is_stored() {
        PageVisitor anna = loggedIn();
        long groups = db.count("group_cycle");

        HttpResponse<String> forged = anna.postRaw(CmvRoutes.GROUPS, "startDate=" + LocalDate.now());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(db.count("group_cycle")).isEqualTo(groups);
    }

    @Test
    void another_units_login_sees_none_of_these_pages_and_an_unknown_group_is_a_swedish_404() {
        PageVisitor bo = new PageVisitor(base());
        bo.logIn("bo-barnahus", "barnahus", "STAFF");

        for (String path : List.of(CmvRoutes.GROUPS, "/ui/grupper/1", CmvRoutes.PARTNERKONTAKT)) {
            HttpResponse<String> page = bo.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.body()).as(path).doesNotContain("Gruppverksamhet").doesNotContain("Partner eller");
        }
        HttpResponse<String> missing = loggedIn().get("/ui/grupper/99999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Gruppen finns inte");
        assertThat(loggedIn().get("/ui/grupper/inte-ett-id").statusCode()).isEqualTo(404);
    }

    private PageVisitor loggedIn() {
        PageVisitor visitor = new PageVisitor(base());
        visitor.logIn("anna-cmv", "cmv", "STAFF");
        return visitor;
    }

    private static List<String> inputNamesOf(String html) {
        Matcher names = INPUT_NAMES.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (names.find()) {
            found.add(names.group(1));
        }
        return found;
    }

    private static String errorSummaryOf(String html) {
        int start = html.indexOf("class=\"error-summary\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("</div>", start));
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
