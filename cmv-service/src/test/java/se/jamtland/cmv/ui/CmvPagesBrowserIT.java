package se.jamtland.cmv.ui;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.jamtland.testsupport.browser.Axe;
import se.jamtland.testsupport.browser.Screenshots;
import se.jamtland.unit.testing.UnitPagesBrowserTestBase;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Centrum mot våld's own pages in headless Chromium (issue 13): a member of staff logs in through the IdP's form,
 * starts a group and registers a group session with the keyboard alone, then opens Partnerkontakt linked to a
 * Samtal om våld case; axe-core finds no WCAG 2.1 AA violation on any page of ours visited. Another unit's login
 * sees a refusal instead.
 */
@MicronautTest(environments = "unit", transactional = false)
class CmvPagesBrowserIT extends UnitPagesBrowserTestBase {

    CmvPagesBrowserIT() {
        super("cmv", "cmv_pages_browser");
    }

    @Test
    void a_staff_member_starts_a_group_and_registers_a_group_session_with_the_keyboard() {
        WebDriver driver = logIn(CmvRoutes.GROUPS, "anna-cmv", "cmv", "STAFF");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Grupper");
        Axe.assertNoViolations(driver, "the group list");

        // The start date is today's, filled in: the button is what is left to reach.
        browser.tabTo(driver.findElement(By.id("startDate")));
        browser.tabTo(driver.findElement(By.cssSelector("form[action='/ui/grupper'] button[type=submit]")));
        browser.pressEnter();
        awaitHeading(driver, "Grupp som startade");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Gruppen är startad.");
        assertThat(driver.findElement(By.id("framsteg-text")).getText()).isEqualTo("0 av 10 tillfällen hållna");
        Axe.assertNoViolations(driver, "a group just started");

        browser.tabTo(driver.findElement(By.id("participantCount")));
        browser.type("7").pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.id("framsteg-text"),
                "1 av 10 tillfällen hållna"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Grupptillfället är registrerat.");
        assertThat(driver.findElement(By.cssSelector("table tbody td:nth-child(2)")).getText()).isEqualTo("7");
        Axe.assertNoViolations(driver, "a group with a session");
        Screenshots.save(driver, "docs/screenshots/cmv-grupp.png");

        browser.tabTo(driver.findElement(By.id("participantCount")));
        browser.type("många").pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("felsammanfattning")));
        assertThat(driver.findElement(By.id("participantCount")).getAttribute("aria-invalid")).isEqualTo("true");
        Axe.assertNoViolations(driver, "a group session refused by its field");
    }

    @Test
    void a_staff_member_opens_partnerkontakt_linked_to_a_samtal_om_vald_case_with_the_keyboard() {
        String samtal = api.post("/cases", "{\"insats\":\"cmv-samtal-om-vald\",\"age\":41}").text("caseCode");
        WebDriver driver = logIn(CmvRoutes.PARTNERKONTAKT, "anna-cmv", "cmv", "STAFF");
        Axe.assertNoViolations(driver, "the Partnerkontakt page");

        browser.tabTo(driver.findElement(By.id("linkedCaseCode")));
        browser.type(samtal);
        browser.tabTo(driver.findElement(By.id("age")));
        browser.type("36");
        browser.tabTo(driver.findElement(By.id("gender")));
        browser.type(" ");
        browser.tabTo(driver.findElement(By.cssSelector("form[action='/ui/partnerkontakt'] button[type=submit]")));
        browser.pressEnter();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("kopplat till ärende " + samtal);
        assertThat(driver.findElement(By.cssSelector("table")).getText()).contains(samtal);
        Axe.assertNoViolations(driver, "Partnerkontakt opened");
        Screenshots.save(driver, "docs/screenshots/cmv-partnerkontakt.png");
    }

    @Test
    void another_units_login_is_shown_a_refusal_at_the_group_pages() {
        WebDriver driver = logIn(CmvRoutes.GROUPS, "bo-minimaria", "minimaria", "STAFF");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Du har inte tillgång till den här sidan");
        assertThat(driver.getPageSource()).doesNotContain("Starta en ny grupp");
        Axe.assertNoViolations(driver, "the refusal for another unit");
    }


    private static void awaitHeading(WebDriver driver, String start) {
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.tagName("h1")).getText().startsWith(start));
    }
}
