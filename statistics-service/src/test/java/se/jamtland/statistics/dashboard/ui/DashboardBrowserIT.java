package se.jamtland.statistics.dashboard.ui;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.jamtland.statistics.dashboard.DashboardWords;
import se.jamtland.testsupport.browser.Axe;
import se.jamtland.testsupport.browser.Browser;
import se.jamtland.testsupport.browser.IdpLoginPage;
import se.jamtland.testsupport.browser.Screenshots;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county statistician at the dashboard in headless Chromium (issue 14): logs in at the IdP's form, narrows the
 * view to one unit with the keyboard, sees the table and the charts change, downloads the CSV and the xlsx the page
 * links to and reads them back; a kommun's small count is "<5" in the table, the chart and both files. axe-core
 * finds nothing on every view; a unit's staff are refused.
 */
@MicronautTest(transactional = false)
class DashboardBrowserIT extends DashboardTestBase {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Browser browser;

    DashboardBrowserIT() {
        super("statistics_dashboard_browser_test");
    }

    @BeforeAll
    void startTheBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void anotherPerson() {
        browser.newSession();
    }

    private WebDriver logInAndOpen(String path, String username, String unit, String role) {
        WebDriver driver = browser.open(base() + path).driver();
        IdpLoginPage.logIn(driver, username, unit, role);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return driver;
    }

    @Test
    void the_statistician_narrows_the_view_to_a_unit_by_keyboard_and_downloads_what_the_page_shows() throws Exception {
        // A bookmarked view (March 2026, the table by kommun): the login comes back to it, filters and all.
        WebDriver driver = logInAndOpen("/?" + DashboardFixture.PERIOD + "&groupBy=kommun", "stina-lansstatistiker",
                "county", "COUNTY_STATISTICS");
        assertThat(driver.getCurrentUrl()).endsWith("/?" + DashboardFixture.PERIOD + "&groupBy=kommun");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Statistik för hela länet");
        Axe.assertNoViolations(driver, "the county dashboard");

        Map<String, String> published = DashboardFixture.publishedByKommun(questions, "minimaria");
        String small = published.entrySet().stream().filter(e -> e.getValue().equals("<5")).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no kommun of two contacts was published as <5"));
        String smallName = DashboardWords.kommun(small);
        String before = driver.findElement(By.cssSelector("#tabell tfoot td")).getText();

        browser.tabTo(driver.findElement(By.id("unit")));
        browser.type("Mini");
        browser.tabTo(driver.findElement(By.cssSelector("form.filters button[type=submit]")));
        browser.pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("unit=minimaria"));

        // The browser sends the empty fields too; the page drops them (an empty insats is no filter, not a 400).
        assertThat(driver.findElements(By.cssSelector(".error-summary"))).isEmpty();
        assertThat(driver.getCurrentUrl()).contains("from=2026-03", "to=2026-03", "groupBy=kommun", "insats=&");
        assertThat(driver.findElement(By.id("unit")).getAttribute("value")).isEqualTo("minimaria");
        String after = driver.findElement(By.cssSelector("#tabell tfoot td")).getText();
        assertThat(after).as("Centrum mot våld's 25 cases are no longer in the total").isNotEqualTo(before);
        assertThat(cellOf(driver, "#tabell", smallName)).isEqualTo("<5");
        assertThat(cellOf(driver, "#kommun-tabell", smallName)).isEqualTo("<5");
        assertThat(driver.findElements(By.cssSelector("#kommun-rubrik ~ figure text.chart-below")))
                .extracting(WebElement::getText).contains("<5");
        assertThat(driver.findElements(By.cssSelector("#kommun-rubrik ~ figure rect.bar"))).hasSize((int)
                published.values().stream().filter(v -> !v.equals("<5") && !v.equals("0")).count());
        Axe.assertNoViolations(driver, "the dashboard for one unit");
        // The docs' picture: the table's end, its legend and the chart by kommun, "<5" drawn as text, not a bar.
        ((JavascriptExecutor) driver).executeScript("document.getElementById('kommun-rubrik').scrollIntoView()");
        Screenshots.save(driver, "docs/screenshots/dashboard.png");

        Cookie session = driver.manage().getCookieNamed("staff_session");
        String csvHref = driver.findElement(By.partialLinkText("CSV-fil")).getAttribute("href");
        String xlsxHref = driver.findElement(By.partialLinkText("Excel-fil")).getAttribute("href");
        String csv = new String(download(csvHref, session), StandardCharsets.UTF_8);
        List<List<String>> workbook = DashboardFixture.rowsOf(download(xlsxHref, session));

        assertThat(csv).contains("Enhet: Mini-Maria Jämtland Härjedalen", "\r\n" + smallName + ";<5\r\n",
                "Teckenförklaring", "Störningstabell: D2V100-2026-12");
        assertThat(workbook).contains(List.of(smallName, "<5"), List.of("Enhet: Mini-Maria Jämtland Härjedalen"));
    }

    @Test
    void the_kommun_views_and_a_refused_filter_have_no_accessibility_violations() {
        WebDriver driver = logInAndOpen("/ui/kommuner", "stina-lansstatistiker", "county", "COUNTY_STATISTICS");
        Axe.assertNoViolations(driver, "the kommuner");

        browser.tabTo(driver.findElement(By.linkText("Östersund")));
        browser.pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/ui/kommuner/2380"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Statistik för Östersunds kommun");
        Axe.assertNoViolations(driver, "Östersund's dashboard");

        browser.open(base() + "/?gender=ingen-sadan");
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Ett kön");
        Axe.assertNoViolations(driver, "the dashboard with a filter it cannot read");
    }

    @Test
    void a_units_staff_member_sees_the_swedish_refusal_and_no_numbers() {
        WebDriver driver = logInAndOpen("/", "anna-cmv", "cmv", "STAFF");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Du har inte tillgång till den här sidan");
        assertThat(driver.findElements(By.id("tabell"))).isEmpty();
        Axe.assertNoViolations(driver, "the refusal");
    }

    private static String cellOf(WebDriver driver, String table, String rowLabel) {
        for (WebElement row : driver.findElements(By.cssSelector(table + " tbody tr"))) {
            List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
            if (cells.get(0).getText().equals(rowLabel)) {
                return cells.get(cells.size() - 1).getText();
            }
        }
        throw new AssertionError("no row " + rowLabel + " in " + table);
    }

    /** The file a link gives, fetched with the browser's own session, as the browser would save it. */
    private static byte[] download(String href, Cookie session) throws IOException, InterruptedException {
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).as(href).isEqualTo(200);
        return file.body();
    }
}
