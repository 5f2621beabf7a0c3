package se.jamtland.unit.cases.ui;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.jamtland.access.Roles;
import se.jamtland.testsupport.browser.Axe;
import se.jamtland.testsupport.browser.IdpLoginPage;
import se.jamtland.testsupport.browser.Keyboard;
import se.jamtland.testsupport.browser.Screenshots;
import se.jamtland.unit.testing.UnitPagesBrowserTestBase;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of Centrum mot våld's staff opens a DEIDENTIFIED case in headless Chromium with the keyboard alone (issue
 * 13): the choice of insats, the age checked live (the villkor's part of the page swapped in by htmx), a villkor not
 * met with its referral, the guardian-secrecy banner at 16, the consent step under 15; axe-core finds nothing on each
 * state of the page, before and after a swap. A Mini-Maria login is refused.
 */
@MicronautTest(environments = "unit", transactional = false)
class OpenCaseBrowserIT extends UnitPagesBrowserTestBase {

    private static final Duration SWAP = Duration.ofSeconds(10);
    private static final By VILLKOR = By.id("villkor");

    OpenCaseBrowserIT() {
        super("cmv", "unit_core_open_case_browser");
    }

    @Test
    void a_member_of_staff_opens_a_deidentified_case_with_the_keyboard_and_lands_on_its_page() {
        WebDriver driver = logIn("anna-cmv", "cmv");
        Axe.assertNoViolations(driver, "the choice of insats");

        browser.tabTo(driver.findElement(By.cssSelector("a[href='/ui/arenden/nytt?insats=cmv-stodsamtal-vald']")));
        browser.pressEnter();
        waitFor(driver, By.id("age"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Stödsamtal för våldsutsatta")
                .contains("Målgrupp:");
        Axe.assertNoViolations(driver, "the form of 2.2 before the check");

        browser.tabTo(driver.findElement(By.id("age")));
        browser.type("34");
        waitForText(driver, "Villkoren för insatsen är uppfyllda");
        Axe.assertNoViolations(driver, "the form of 2.2 with the villkor met");
        browser.tabTo(driver.findElement(By.id("kommun")));
        browser.type("Östersund");
        browser.tabTo(driver.findElement(By.cssSelector("main form button[type=submit]")));
        browser.pressEnter();

        new WebDriverWait(driver, SWAP).until(ExpectedConditions.urlMatches("/ui/arenden/[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        String caseCode = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(db.rows("SELECT kommun, age_band FROM case_file WHERE case_code = ?", caseCode))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("kommun", "2380")
                        .containsEntry("age_band", "30-49"));
    }

    @Test
    void a_villkor_not_met_shows_the_referral_as_the_age_is_typed() {
        WebDriver driver = logIn("anna-cmv", "cmv");
        browser.open(base() + "/ui/arenden/nytt?insats=cmv-stodsamtal-vald");

        browser.tabTo(driver.findElement(By.id("age")));
        browser.type("14");
        waitFor(driver, By.id("hanvisning"));

        assertThat(driver.findElement(VILLKOR).getText()).contains("Hänvisa till biståndsbedömning")
                .contains("Villkoret är inte uppfyllt: 15 år och uppåt.").contains("socialtjänsten");
        Axe.assertNoViolations(driver, "the form of 2.2 with a villkor not met");
    }

    @Test
    void a_sixteen_year_old_is_shown_the_guardian_secrecy_banner() {
        WebDriver driver = logIn("anna-cmv", "cmv");
        browser.open(base() + "/ui/arenden/nytt?insats=cmv-samtal-om-vald");

        browser.tabTo(driver.findElement(By.id("age")));
        browser.type("16");
        waitFor(driver, By.id("sekretess"));

        assertThat(driver.findElement(By.id("sekretess")).getText()).contains("Sekretess mot vårdnadshavare")
                .contains("12 kap. 3 § offentlighets- och sekretesslagen");
        Axe.assertNoViolations(driver, "the form of 2.4 with the guardian-secrecy banner");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'})",
                driver.findElement(By.id("sekretess")));
        Screenshots.save(driver, "docs/screenshots/oppna-arende.png");
    }

    @Test
    void under_fifteen_the_guardians_consent_is_asked_for_and_the_case_opens_once_it_is_ticked() {
        WebDriver driver = logIn("anna-cmv", "cmv");
        browser.open(base() + "/ui/arenden/nytt?insats=cmv-foraldrasamtal");

        browser.tabTo(driver.findElement(By.id("age")));
        browser.type("12");
        waitFor(driver, By.id("guardianConsentGiven"));
        Axe.assertNoViolations(driver, "the form of 2.10 with the consent step");
        browser.tabTo(driver.findElement(By.cssSelector("main form button[type=submit]")));
        browser.pressEnter();

        waitFor(driver, By.id("felsammanfattning"));
        assertThat(driver.findElement(By.id("felsammanfattning")).getText()).contains("samtycke");
        assertThat(driver.findElement(By.id("age")).getDomProperty("value")).isEqualTo("12");
        Axe.assertNoViolations(driver, "the form of 2.10 refused without consent");
        browser.tabTo(driver.findElement(By.id("guardianConsentGiven")));
        Keyboard.press(driver, Keys.SPACE);
        browser.tabTo(driver.findElement(By.cssSelector("main form button[type=submit]")));
        browser.pressEnter();

        new WebDriverWait(driver, SWAP).until(ExpectedConditions.urlMatches("/ui/arenden/[A-Z0-9]{4}-[A-Z0-9]{4}$"));
    }

    @Test
    void a_login_of_another_unit_is_refused_the_page() {
        WebDriver driver = browser.open(base() + "/ui/arenden/nytt").driver();
        IdpLoginPage.logIn(driver, "bo-minimaria", "minimaria", Roles.STAFF);

        waitFor(driver, By.tagName("h1"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Du har inte tillgång")
                .doesNotContain("Stödsamtal");
        assertThat(driver.findElements(By.id("age"))).isEmpty();
        Axe.assertNoViolations(driver, "the refusal of another unit's login");
    }

    private WebDriver logIn(String username, String unit) {
        WebDriver driver = browser.open(base() + "/ui/arenden/nytt").driver();
        IdpLoginPage.logIn(driver, username, unit, Roles.STAFF);
        waitFor(driver, By.tagName("h1"));
        return driver;
    }

    private static void waitFor(WebDriver driver, By element) {
        new WebDriverWait(driver, SWAP).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private static void waitForText(WebDriver driver, String text) {
        new WebDriverWait(driver, SWAP).until(ExpectedConditions.textToBePresentInElementLocated(VILLKOR, text));
    }

}
