package se.jamtland.unit.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.jamtland.runtime.SwedishClockFactory;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page (issue 13) over HTTP: the everyday tasks, the search by case code (a case held here opens, any
 * other code gets one answer that never repeats it), today's contacts and the open cases with their progress.
 */
@MicronautTest(environments = "unit", transactional = false)
class StartPageIT extends UnitServiceTestBase {

    @Inject
    EmbeddedServer server;

    private String caseCode;

    StartPageIT() {
        super("cmv", "unit_core_start_page");
    }

    @BeforeAll
    void aDayAtTheUnit() {
        connectApi();
        caseCode = api.post("/cases", """
                {"insats":"cmv-samtal-om-vald","age":34,"gender":"male","kommun":"2380"}""").text("caseCode");
        assertThat(api.post("/cases/" + caseCode + "/sessions", "{}").status()).isEqualTo(201);
        assertThat(api.post("/advisory-contacts", """
                {"insats":"cmv-informationssamtal","channel":"CHAT","askedBy":"PROFESSIONAL","ageBand":"18-21",
                 "kommun":"2321"}""").status()).isEqualTo(201);
        LocalDate yesterday = LocalDate.now(SwedishClockFactory.SWEDEN).minusDays(1);
        assertThat(api.post("/advisory-contacts", """
                {"insats":"cmv-informationssamtal","date":"%s","channel":"VISIT","askedBy":"OTHER","kommun":"2326"}"""
                .formatted(yesterday)).status()).isEqualTo(201);
    }

    @Test
    void the_start_page_has_a_button_for_each_everyday_task() {
        Document html = Jsoup.parse(staff().get("/").body());

        assertThat(html.select("main .actions a.button").eachText())
                .containsExactly("Registrera kontakt", "Öppna ärende", "Remisser");
        assertThat(html.select("main .actions a").eachAttr("href"))
                .containsExactly(UiRoutes.NEW_CONTACT, UiRoutes.NEW_CASE, UiRoutes.REMISSER);
    }

    @Test
    void the_unit_manager_also_has_the_follow_up_of_the_access_log() {
        PageVisitor manager = new PageVisitor(base());
        manager.logIn("chef-cmv", "cmv", "UNIT_MANAGER");

        Document html = Jsoup.parse(manager.get("/").body());

        assertThat(html.select("main .actions a.button").eachText()).containsExactly("Registrera kontakt",
                "Öppna ärende", "Remisser", "Uppföljning av loggen");
        assertThat(html.select("main .actions a").last().attr("href")).isEqualTo(UiRoutes.ACCESS_LOG);
    }

    @Test
    void todays_contacts_are_listed_by_their_categories_and_yesterdays_are_not() {
        Document html = Jsoup.parse(staff().get("/").body());

        String today = html.select("section[aria-labelledby=kontakter-rubrik]").text();
        assertThat(today).contains("Informationssamtal").contains("Chatt").contains("En yrkesperson")
                .contains("18–21 år").contains("Åre").doesNotContain("Berg").doesNotContain("Besök på plats");
        assertThat(html.select("section[aria-labelledby=kontakter-rubrik] tbody tr")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(html.select("section[aria-labelledby=kontakter-rubrik] caption").text())
                .endsWith("registrerad i dag").isNotEmpty();
    }

    @Test
    void the_open_cases_show_code_insats_start_and_progress_in_words_with_a_link_to_the_case() {
        Document html = Jsoup.parse(staff().get("/").body());

        var row = html.select("section[aria-labelledby=arenden-rubrik] tbody tr").stream()
                .filter(tr -> tr.text().contains(caseCode)).findFirst().orElseThrow();
        assertThat(row.select("a").attr("href")).isEqualTo(UiRoutes.casePage(caseCode));
        assertThat(row.text()).contains("Samtal om våld").contains("1 session (högst 20)")
                .contains(LocalDate.now(SwedishClockFactory.SWEDEN).toString());
    }

    @Test
    void a_search_for_a_case_held_here_opens_it_as_typed_in_lower_case_too() {
        PageVisitor staff = staff();

        HttpResponse<String> found = staff.get("/?arende=" + caseCode.toLowerCase(Locale.ROOT) + "%20");

        assertThat(found.statusCode()).isEqualTo(303);
        assertThat(found.headers().firstValue("Location")).hasValue(UiRoutes.casePage(caseCode));
    }

    @Test
    void a_search_for_any_other_code_says_no_case_here_without_repeating_it() {
        PageVisitor staff = staff();

        for (String code : new String[] {"ZZZZ-ZZZZ", "NOT-A-CODE", "%3Cscript%3Ex%3C%2Fscript%3E"}) {
            HttpResponse<String> page = staff.get("/?arende=" + code);

            assertThat(page.statusCode()).isEqualTo(404);
            Document html = Jsoup.parse(page.body());
            assertThat(html.select("#arende-fel").text()).isEqualTo("Inget ärende med den koden här.");
            assertThat(html.select("input#arende").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.body()).doesNotContain("ZZZZ-ZZZZ").doesNotContain("NOT-A-CODE")
                    .doesNotContain("<script>x");
        }
    }

    @Test
    void an_empty_search_is_the_start_page_itself() {
        HttpResponse<String> page = staff().get("/?arende=");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("#arende-fel")).isEmpty();
    }

    @Test
    void a_login_of_another_unit_sees_nothing_of_this_ones_day() {
        PageVisitor other = new PageVisitor(base());
        other.logIn("bo-minimaria", "minimaria", "STAFF");

        HttpResponse<String> page = other.get("/?arende=" + caseCode);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain(caseCode).doesNotContain("Informationssamtal")
                .doesNotContain("Dagens kontakter");
    }

    private PageVisitor staff() {
        PageVisitor staff = new PageVisitor(base());
        staff.logIn("anna-cmv", "cmv", "STAFF");
        return staff;
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }

    /** The base class connects its API client before each test; the day is set up once, before the first. */
    private void connectApi() {
        api = new se.jamtland.testsupport.Api(http, json, TestIdp.staff(unit()));
    }
}
