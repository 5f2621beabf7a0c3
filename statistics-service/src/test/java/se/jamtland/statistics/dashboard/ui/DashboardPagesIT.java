package se.jamtland.statistics.dashboard.ui;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.jamtland.events.Vocabulary;
import se.jamtland.statistics.dashboard.DashboardWords;
import se.jamtland.testsupport.pages.PageVisitor;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county dashboard over HTTP (issue 14), as the statistician's browser asks for it: login, status codes, the
 * filters in the URL, every number on the page and in both files the one the API publishes (a small count as "<5",
 * never drawn as a bar), and the refusals. The browser test (DashboardBrowserIT) does the same by keyboard.
 */
@MicronautTest(transactional = false)
class DashboardPagesIT extends DashboardTestBase {

    DashboardPagesIT() {
        super("statistics_dashboard_pages_test");
    }

    private PageVisitor statistician() {
        PageVisitor visitor = new PageVisitor(base());
        HttpResponse<String> landed = visitor.logIn("stina-lansstatistiker", "county", "COUNTY_STATISTICS");
        assertThat(landed.statusCode()).isEqualTo(303);
        return visitor;
    }

    @Test
    void the_statistician_logs_in_and_sees_the_countys_table_three_charts_and_the_legend() {
        HttpResponse<String> page = statistician().get("/?" + DashboardFixture.PERIOD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Länets statistik", "Statistik för hela länet", "Länets statistiker",
                        "id=\"manad-rubrik\"", "id=\"kommun-rubrik\"", "id=\"alder-kon-rubrik\"", "Teckenförklaring",
                        "Katalog: <span>Bilaga 1, version 2025-07-01</span>",
                        "Störningstabell: <span>D2V100-2026-12</span>", "Rådgivande samtal", "Mini-Maria")
                .as("no inline style anywhere: the Content-Security-Policy admits none").doesNotContain("style=");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'"));
    }

    @Test
    void a_bookmarked_view_asked_for_before_login_is_where_the_login_returns_filters_and_all() {
        PageVisitor visitor = new PageVisitor(base());
        visitor.get("/?" + DashboardFixture.PERIOD + "&unit=cmv");

        HttpResponse<String> landed = visitor.logIn("stina-lansstatistiker", "county", "COUNTY_STATISTICS");

        assertThat(landed.headers().firstValue("Location")).hasValue("/?" + DashboardFixture.PERIOD + "&unit=cmv");
    }

    @Test
    void every_kommun_shows_what_the_api_publishes_and_a_small_count_is_below_five_with_no_bar() {
        Map<String, String> published = DashboardFixture.publishedByKommun(questions, null);
        List<String> small = published.entrySet().stream().filter(e -> e.getValue().equals("<5"))
                .map(Map.Entry::getKey).toList();
        assertThat(small).as("two contacts in each of seven kommuner: some show as <5").isNotEmpty();

        String html = statistician().get("/?" + DashboardFixture.PERIOD).body();
        Map<String, String> shown = DashboardFixture.kommunTableOf(html);

        for (String kommun : Vocabulary.KOMMUN_NAMES.keySet()) {
            assertThat(shown.get(DashboardWords.kommun(kommun))).as(kommun)
                    .isEqualTo(published.getOrDefault(kommun, "0"));
        }
        String svg = DashboardFixture.svgOf(html, "kommun");
        long bars = shown.values().stream().filter(v -> !v.equals("<5") && !v.equals("0")).count();
        assertThat(DashboardFixture.count(svg, "<rect class=\"bar\"")).as("a bar for each published number only")
                .isEqualTo((int) bars);
        assertThat(DashboardFixture.count(svg, ">&lt;5</text>")).isEqualTo(small.size());
    }

    @Test
    void the_filters_are_the_urls_and_a_unit_filter_changes_table_and_charts_while_empty_fields_are_dropped() {
        PageVisitor visitor = statistician();

        HttpResponse<String> all = visitor.get("/?" + DashboardFixture.PERIOD
                + "&unit=&insats=&kommun=&kind=&ageBand=&gender=&groupBy=unit&serie=unit");
        HttpResponse<String> cmv = visitor.get("/?" + DashboardFixture.PERIOD + "&unit=cmv&groupBy=unit");

        assertThat(all.statusCode()).as("empty fields are no filter").isEqualTo(200);
        assertThat(tableOf(all.body())).contains("Mini-Maria", "Centrum mot våld");
        assertThat(cmv.statusCode()).isEqualTo(200);
        assertThat(tableOf(cmv.body())).contains("Centrum mot våld").doesNotContain("Mini-Maria");
        assertThat(DashboardFixture.kommunTableOf(cmv.body())).containsEntry("Krokom", "0");
        assertThat(cmv.body()).contains("<option value=\"cmv\" selected=\"selected\">Centrum mot våld</option>");
    }

    @Test
    void a_filter_that_cannot_be_read_is_named_in_swedish_by_its_field_and_never_repeated() {
        HttpResponse<String> page = statistician().get("/?unit=ogiltig-enhet-xyz&ageBand=99-100");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Det här behöver rättas", "href=\"#unit\"", "href=\"#ageBand\"",
                        "id=\"unit-fel\"", "aria-describedby=\"unit-fel\"", "aria-invalid=\"true\"")
                .doesNotContain("ogiltig-enhet-xyz").doesNotContain("99-100").doesNotContain("id=\"tabell\"");
    }

    @Test
    void a_grouping_too_fine_for_one_page_is_refused_with_422_naming_the_grouping() {
        HttpResponse<String> page = statistician().get("/?from=2025-07&to=2026-12"
                + "&groupBy=month&groupBy=insats&groupBy=kommun&groupBy=ageBand&groupBy=gender");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("href=\"#groupBy\"", "50 000");
    }

    @Test
    void the_csv_and_the_xlsx_hold_exactly_the_pages_numbers_with_the_filters_and_the_legend() {
        PageVisitor visitor = statistician();
        Map<String, String> published = DashboardFixture.publishedByKommun(questions, null);
        String query = "?" + DashboardFixture.PERIOD + "&groupBy=kommun";

        HttpResponse<byte[]> csv = visitor.download("/ui/statistik.csv" + query);
        HttpResponse<byte[]> xlsx = visitor.download("/ui/statistik.xlsx" + query);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"statistik-2026-03-2026-03.csv\"");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("Period: 2026-03 till 2026-03", "Enhet: alla",
                "Teckenförklaring", "Katalog: Bilaga 1, version 2025-07-01", "Störningstabell: D2V100-2026-12",
                "Kommun;Antal", "Totalt;");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> rows = DashboardFixture.rowsOf(xlsx.body());
        assertThat(rows.stream().map(row -> String.join(";", row)).collect(Collectors.joining("\n")))
                .contains("Period: 2026-03 till 2026-03", "Teckenförklaring", "Störningstabell: D2V100-2026-12");
        for (String kommun : Vocabulary.KOMMUN_NAMES.keySet()) {
            String line = DashboardWords.kommun(kommun) + ";" + published.getOrDefault(kommun, "0");
            assertThat(text).as("csv " + kommun).contains("\r\n" + line + "\r\n");
            assertThat(rows).as("xlsx " + kommun).contains(List.of(line.split(";")));
        }
        assertThat(rows).as("a small count is the text <5 in the workbook")
                .anySatisfy(row -> assertThat(row).contains("<5"));
    }

    @Test
    void the_kommun_view_is_the_countys_restricted_to_one_kommun() {
        PageVisitor visitor = statistician();

        HttpResponse<String> list = visitor.get("/ui/kommuner");
        HttpResponse<String> ostersund = visitor.get("/ui/kommuner/2380?" + DashboardFixture.PERIOD + "&groupBy=kommun");
        HttpResponse<String> none = visitor.get("/ui/kommuner/9999");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/ui/kommuner/2380\"", "Östersund", "Krokom");
        assertThat(ostersund.statusCode()).isEqualTo(200);
        assertThat(ostersund.body()).contains("Statistik för Östersunds kommun", "Kommun: Östersund",
                "/ui/statistik.csv?from=2026-03&amp;to=2026-03&amp;kommun=2380").doesNotContain("id=\"kommun-rubrik\"");
        assertThat(tableOf(ostersund.body())).contains("Östersund").doesNotContain("Krokom");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).doesNotContain("9999");
    }

    @Test
    void staff_and_a_unit_manager_are_refused_the_dashboard_and_its_files() {
        for (String role : List.of("STAFF", "UNIT_MANAGER")) {
            PageVisitor visitor = new PageVisitor(base());
            visitor.logIn("anna-cmv", "cmv", role);

            for (String path : List.of("/", "/ui/kommuner/2380", "/ui/statistik.csv", "/ui/statistik.xlsx")) {
                HttpResponse<String> page = visitor.get(path);
                assertThat(page.statusCode()).as(role + " " + path).isEqualTo(403);
                assertThat(page.body()).contains("Du har inte tillgång till den här sidan")
                        .doesNotContain("Teckenförklaring").doesNotContain("Per kommun");
            }
        }
    }

    @Test
    void without_a_login_the_dashboard_sends_the_browser_to_log_in_and_the_session_opens_no_json_route() {
        PageVisitor anonymous = new PageVisitor(base());
        assertThat(anonymous.get("/").statusCode()).isEqualTo(303);
        assertThat(anonymous.get("/ui/statistik.csv").headers().firstValue("Location")).hasValue("/oauth/login/idp");

        HttpResponse<String> api = statistician().get("/statistics");
        assertThat(api.statusCode()).as("the API stays bearer-only").isEqualTo(401);
    }

    private static String tableOf(String html) {
        int start = html.indexOf("id=\"tabell\"");
        return html.substring(start, html.indexOf("</table>", start));
    }
}
