package se.jamtland.unit.advisory.ui;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.jamtland.access.Roles;
import se.jamtland.testsupport.Api;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.testsupport.browser.Axe;
import se.jamtland.testsupport.browser.IdpLoginPage;
import se.jamtland.testsupport.browser.Keyboard;
import se.jamtland.testsupport.browser.Screenshots;
import se.jamtland.unit.testing.UnitPagesBrowserTestBase;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Registrera kontakt" in headless Chromium (issue 13): a member of Centrum mot våld's staff logs in through the
 * IdP's form, goes from the start page to the form, chooses the insats, answers every step and sends it with the
 * keyboard alone, and sees the confirmation and the contact on the start page; axe-core finds no WCAG 2.1 AA
 * violation on any page on the way, nor on the form with its errors. Another unit's login gets the refusal.
 */
@MicronautTest(environments = "unit", transactional = false)
class RegisterContactBrowserIT extends UnitPagesBrowserTestBase {

    RegisterContactBrowserIT() {
        super("cmv", "unit_core_register_contact_browser");
    }

    @BeforeAll
    void openACase() {
        // An open case, so the start page (and its screenshot) shows the open cases' table too.
        Api staff = new Api(http, json, TestIdp.staff("cmv"));
        String caseCode = staff.post("/cases", """
                {"insats":"cmv-stodsamtal-vald","age":41,"gender":"female","kommun":"2309"}""").text("caseCode");
        assertThat(staff.post("/cases/" + caseCode + "/sessions", "{}").status()).isEqualTo(201);
    }

    @Test
    void a_member_of_staff_registers_a_contact_with_the_keyboard_and_sees_it_on_the_start_page() {
        WebDriver driver = logIn("anna-cmv", "cmv", "/");
        waitFor(driver, By.cssSelector("section[aria-labelledby=kontakter-rubrik]"));
        Axe.assertNoViolations(driver, "start page");

        browser.tabTo(driver.findElement(By.linkText("Registrera kontakt")));
        browser.pressEnter();
        WebDriver form = waitFor(driver, By.cssSelector("input[name=insats][type=radio]"));
        Axe.assertNoViolations(form, "contact form, choice of insats");
        browser.tabTo(driver.findElement(By.cssSelector("input[name=insats][value=cmv-informationssamtal]")));
        Keyboard.press(driver, Keys.SPACE);
        browser.tabTo(driver.findElement(By.xpath("//button[normalize-space()='Fortsätt']")));
        browser.pressEnter();

        waitFor(driver, By.cssSelector("form[method=post] input[name=channel]"));
        Axe.assertNoViolations(driver, "contact form");
        browser.tabTo(driver.findElement(By.id("channel")));
        Keyboard.press(driver, Keys.SPACE, Keys.ARROW_DOWN);                 // Telefon, then the next: Chatt
        browser.tabTo(driver.findElement(By.id("askedBy")));
        Keyboard.press(driver, Keys.SPACE);                                  // Personen själv
        browser.tabTo(driver.findElement(By.id("ageBand")));
        browser.type("30");                                                  // 30–49 år
        browser.tabTo(driver.findElement(By.id("kommun")));
        browser.type("Krokom");
        browser.tabTo(driver.findElement(By.id("topicCodes")));
        Keyboard.press(driver, Keys.SPACE);                                  // Våld i nära relation
        browser.tabTo(driver.findElement(By.xpath("//button[normalize-space()='Registrera kontakten']")));
        browser.pressEnter();

        waitFor(driver, By.cssSelector(".confirmation"));
        assertThat(driver.getCurrentUrl()).endsWith("/");
        assertThat(driver.findElement(By.cssSelector(".confirmation")).getText()).contains("Kontakten är registrerad.");
        String todays = driver.findElement(By.cssSelector("section[aria-labelledby=kontakter-rubrik] tbody")).getText();
        assertThat(todays).contains("Informationssamtal").contains("Chatt").contains("Personen själv")
                .contains("30–49 år").contains("Krokom");
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=arenden-rubrik] tbody")).getText())
                .contains("Stödsamtal för våldsutsatta").contains("1 session");
        Axe.assertNoViolations(driver, "start page with the confirmation");
        Screenshots.save(driver, "docs/screenshots/startsida.png");
    }

    @Test
    void a_form_sent_without_its_choices_shows_each_error_by_its_field_and_passes_axe() {
        WebDriver driver = logIn("anna-cmv", "cmv", "/ui/kontakter/ny?insats=cmv-informationssamtal");
        waitFor(driver, By.cssSelector("form[method=post]"));

        browser.tabTo(driver.findElement(By.xpath("//button[normalize-space()='Registrera kontakten']")));
        browser.pressEnter();

        waitFor(driver, By.cssSelector(".error-summary"));
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Välj hur kontakten togs.").contains("Välj vem som tog kontakten.");
        assertThat(driver.findElement(By.id("channel-fel")).getText()).contains("Välj hur kontakten togs.");
        Axe.assertNoViolations(driver, "contact form with its errors");
    }

    @Test
    void a_login_of_another_unit_is_refused_the_start_page_and_the_form() {
        WebDriver driver = logIn("bo-minimaria", "minimaria", "/ui/kontakter/ny");

        waitFor(driver, By.tagName("h1"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Du har inte tillgång till den här sidan");
        assertThat(driver.getPageSource()).doesNotContain("Informationssamtal");
        Axe.assertNoViolations(driver, "refusal page");
        browser.open(base() + "/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Du har inte tillgång till den här sidan");
    }

    /** Opens {@code path}, which sends the browser to the IdP; logs in there by keyboard and comes back. */
    private WebDriver logIn(String username, String unit, String path) {
        WebDriver driver = browser.open(base() + path).driver();
        IdpLoginPage.logIn(driver, username, unit, Roles.STAFF);
        return driver;
    }

    private static WebDriver waitFor(WebDriver driver, By what) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
        return driver;
    }

}
