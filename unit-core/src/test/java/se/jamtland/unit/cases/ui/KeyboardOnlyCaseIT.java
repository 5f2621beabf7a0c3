package se.jamtland.unit.cases.ui;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.jamtland.access.Roles;
import se.jamtland.testsupport.browser.Axe;
import se.jamtland.testsupport.browser.IdpLoginPage;
import se.jamtland.unit.testing.UnitPagesBrowserTestBase;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "Done when": a keyboard-only test completes "open a case and register a session". A member of
 * Mini-Maria's staff logs in, goes from the start page to the intake page, opens an Återfallsprevention case (a plan
 * of 10 sessions), lands on the case page and registers a session there: TAB, typing and Enter only, in each page's
 * own focus order, with axe-core clean on every page of ours on the way.
 */
@MicronautTest(environments = "unit", transactional = false)
class KeyboardOnlyCaseIT extends UnitPagesBrowserTestBase {

    /** One person, one browser: the class has the one flow (the base class's lifecycle is per class). */

    KeyboardOnlyCaseIT() {
        super("minimaria", "unit_core_keyboard_only_case");
    }

    @Test
    void a_member_of_staff_opens_a_case_and_registers_a_session_with_the_keyboard_alone() {
        WebDriver driver = browser.newSession().open(base() + "/").driver();
        IdpLoginPage.logIn(driver, "anna-mm", "minimaria", Roles.STAFF);
        waitFor(driver, By.cssSelector("main a[href='/ui/arenden/nytt']"));
        Axe.assertNoViolations(driver, "start page");

        browser.tabTo(driver.findElement(By.cssSelector("main a[href='/ui/arenden/nytt']")));
        browser.pressEnter();
        By insats = By.cssSelector("a[href='/ui/arenden/nytt?insats=minimaria-aterfallsprevention']");
        waitFor(driver, insats);
        Axe.assertNoViolations(driver, "the choice of insats");
        browser.tabTo(driver.findElement(insats));
        browser.pressEnter();
        waitFor(driver, By.id("age"));
        browser.tabTo(driver.findElement(By.id("age")));
        browser.type("19");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Villkoren för insatsen är uppfyllda"));
        Axe.assertNoViolations(driver, "the intake form with the villkor met");
        browser.tabTo(driver.findElement(By.cssSelector("main form button[type=submit]")));
        browser.pressEnter();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlMatches("/ui/arenden/[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        waitFor(driver, By.id("framsteg"));
        assertThat(driver.findElement(By.id("framsteg")).getText()).isEqualTo("0 av 10 sessioner");
        Axe.assertNoViolations(driver, "the new case's page");

        browser.tabTo(driver.findElement(By.cssSelector("form[action$='/sessioner'] button")));
        browser.pressEnter();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".confirmation"), "Sessionen är registrerad."));
        assertThat(driver.findElement(By.id("framsteg")).getText()).isEqualTo("1 av 10 sessioner");
        String caseCode = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(db.rows("SELECT kind FROM case_session WHERE case_code = ?", caseCode)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("kind", "SESSION"));
        Axe.assertNoViolations(driver, "the case's page after the session");
    }

    private static void waitFor(WebDriver driver, By element) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
