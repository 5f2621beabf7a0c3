package se.jamtland.unit.cases.ui;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.jamtland.access.Roles;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.browser.Axe;
import se.jamtland.testsupport.browser.IdpLoginPage;
import se.jamtland.testsupport.browser.Keyboard;
import se.jamtland.testsupport.browser.Screenshots;
import se.jamtland.unit.testing.UnitPagesBrowserTestBase;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page in headless Chromium (issue 13, "A case"; quality bar): a member of Mini-Maria's staff logs in at
 * the IdP, does each task on a case with the keyboard alone, and sees the result; axe-core finds nothing on any of
 * our pages visited (the IdP's own login page is not ours). The same page is refused to another unit's login.
 */
@MicronautTest(environments = "unit", transactional = false)
class CasePageBrowserIT extends UnitPagesBrowserTestBase {

    CasePageBrowserIT() {
        super("minimaria", "unit_core_case_page_browser");
    }

    @Test
    void a_member_of_staff_registers_a_session_with_the_keyboard_and_sees_the_progress() {
        String caseCode = openAterfallsprevention(19);
        WebDriver driver = logInAt(caseCode, "anna-mm", "minimaria");
        Axe.assertNoViolations(driver, "case page");
        assertThat(driver.findElement(By.id("framsteg")).getText()).isEqualTo("0 av 10 sessioner");

        browser.tabTo(driver.findElement(By.id("session-participantCount")));
        browser.type("2");
        browser.tabTo(driver.findElement(By.cssSelector("form[action$='/sessioner'] button")));
        browser.pressEnter();

        confirmation(driver, "Sessionen är registrerad.");
        assertThat(driver.findElement(By.id("framsteg")).getText()).isEqualTo("1 av 10 sessioner");
        assertThat(driver.findElement(By.id("framsteg-session")).getAttribute("value")).isEqualTo("1");
        Axe.assertNoViolations(driver, "case page after a session");
        Screenshots.save(driver, "docs/screenshots/arende.png");
    }

    @Test
    void a_note_with_a_name_is_refused_inline_and_kept_in_the_field_then_written_without_it() {
        String caseCode = openAterfallsprevention(19);
        WebDriver driver = logInAt(caseCode, "anna-mm", "minimaria");

        browser.tabTo(driver.findElement(By.id("note-text")));
        browser.type("Samtal med " + Canaries.FULL_NAME + " om återfall.");
        browser.tabTo(driver.findElement(By.cssSelector("form[action$='/anteckningar'] button")));
        browser.pressEnter();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("note-text-fel")));
        assertThat(driver.findElement(By.id("felsammanfattning")).getText()).contains("Innehåller")
                .doesNotContain(Canaries.FAMILY_NAME);
        assertThat(driver.findElement(By.id("note-text-fel")).getText()).doesNotContain(Canaries.FAMILY_NAME);
        assertThat(driver.findElement(By.id("note-text")).getAttribute("value")).contains(Canaries.FAMILY_NAME);
        assertThat(driver.findElement(By.id("note-text")).getAttribute("aria-invalid")).isEqualTo("true");
        Axe.assertNoViolations(driver, "case page with a refused note");

        // The summary's link takes the person to the field, where they write the note again without the name.
        browser.tabTo(driver.findElement(By.cssSelector("#felsammanfattning a[href='#note-text']")));
        browser.pressEnter();
        browser.tabTo(driver.findElement(By.id("note-text")));
        // What was kept is erased key by key (a chord such as Ctrl+A is no single key press for the helpers).
        int kept = driver.findElement(By.id("note-text")).getAttribute("value").length();
        Keyboard.press(driver, Keys.END, Keys.BACK_SPACE.toString().repeat(kept));
        browser.type("Samtal om återfall och strategier.");
        browser.tabTo(driver.findElement(By.cssSelector("form[action$='/anteckningar'] button")));
        browser.pressEnter();

        confirmation(driver, "Anteckningen är sparad.");
        assertThat(driver.findElement(By.id("anteckningar-rubrik")).findElement(By.xpath("..")).getText())
                .contains("Samtal om återfall och strategier.").doesNotContain(Canaries.FAMILY_NAME);
    }

    @Test
    void a_member_of_staff_closes_a_case_with_a_reason_and_sees_it_closed() {
        String caseCode = openAterfallsprevention(19);
        WebDriver driver = logInAt(caseCode, "anna-mm", "minimaria");

        browser.tabTo(driver.findElement(By.id("closure-reason")));
        Keyboard.press(driver, Keys.SPACE);
        browser.tabTo(driver.findElement(By.cssSelector("form[action$='/avslut'] button")));
        browser.pressEnter();

        confirmation(driver, "Ärendet är avslutat.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Insatsen är genomförd");
        assertThat(driver.findElements(By.id("session-date"))).as("a closed case takes no sessions").isEmpty();
        Axe.assertNoViolations(driver, "closed case page");
    }

    @Test
    void a_case_under_guardian_secrecy_shows_its_banner_and_refuses_a_disclosure_to_a_guardian() {
        String caseCode = openAterfallsprevention(16);
        WebDriver driver = logInAt(caseCode, "anna-mm", "minimaria");
        assertThat(driver.findElement(By.id("sekretess")).getText()).contains("Sekretess mot vårdnadshavare");

        browser.tabTo(driver.findElement(By.id("disclosure-recipient")));
        Keyboard.press(driver, Keys.ARROW_DOWN); // from "Personen själv" to "Vårdnadshavare", which it checks
        assertThat(driver.findElement(By.id("disclosure-recipient-GUARDIAN")).isSelected()).isTrue();
        browser.tabTo(driver.findElement(By.cssSelector("form[action$='/utlamnande'] button")));
        browser.pressEnter();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.id("disclosure-recipient-fel")));
        assertThat(driver.findElement(By.id("felsammanfattning")).getText()).contains("Inget har lämnats ut.");
        assertThat(driver.findElement(By.id("sekretess")).isDisplayed()).as("the banner stays").isTrue();
        Axe.assertNoViolations(driver, "case page with a refused disclosure");
    }

    @Test
    void another_units_login_is_refused_the_case_page() {
        String caseCode = openAterfallsprevention(19);
        WebDriver driver = logInAt(caseCode, "bo-cmv", "cmv");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Du har inte tillgång till den här sidan");
        assertThat(driver.getPageSource()).doesNotContain(caseCode).doesNotContain("Registrera sessionen");
        Axe.assertNoViolations(driver, "refusal page");
    }

    /** The case page asked for first, so the login at the IdP comes back to it. */
    private WebDriver logInAt(String caseCode, String staffId, String unit) {
        WebDriver driver = browser.open(base() + "/ui/arenden/" + caseCode).driver();
        IdpLoginPage.logIn(driver, staffId, unit, Roles.STAFF);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return driver;
    }

    private static void confirmation(WebDriver driver, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".confirmation"), text));
    }

    private String openAterfallsprevention(int age) {
        var opened = api.post("/cases",
                "{\"insats\":\"minimaria-aterfallsprevention\",\"startDate\":\"2025-09-01\",\"age\":" + age + "}");
        assertThat(opened.status()).isEqualTo(201);
        return opened.text("caseCode");
    }

}
