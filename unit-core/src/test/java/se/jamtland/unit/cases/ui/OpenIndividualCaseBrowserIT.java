package se.jamtland.unit.cases.ui;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.jamtland.access.Roles;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.browser.Axe;
import se.jamtland.testsupport.browser.IdpLoginPage;
import se.jamtland.testsupport.browser.Keyboard;
import se.jamtland.unit.testing.UnitPagesBrowserTestBase;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of Mini-Maria's staff opens an INDIVIDUAL case (14 kap. 3 § SoL) in headless Chromium with the keyboard
 * alone (issue 13): the choice of insats, the person's identity, a refused personnummer shown by its field, then the
 * case. axe-core finds nothing on any state of the page.
 */
@MicronautTest(environments = "unit", transactional = false)
class OpenIndividualCaseBrowserIT extends UnitPagesBrowserTestBase {

    OpenIndividualCaseBrowserIT() {
        super("minimaria", "unit_core_open_individual_case_browser");
    }

    @Test
    void a_member_of_staff_opens_an_individual_case_with_the_keyboard_after_correcting_the_personnummer() {
        WebDriver driver = browser.open(base() + "/ui/arenden/nytt").driver();
        IdpLoginPage.logIn(driver, "bo-minimaria", "minimaria", Roles.STAFF);
        waitFor(driver, By.cssSelector("a[href='/ui/arenden/nytt?insats=minimaria-a-cra']"));
        Axe.assertNoViolations(driver, "Mini-Maria's choice of insats");

        browser.tabTo(driver.findElement(By.cssSelector("a[href='/ui/arenden/nytt?insats=minimaria-a-cra']")));
        browser.pressEnter();
        waitFor(driver, By.id("person.identityNumber"));
        Axe.assertNoViolations(driver, "the form of A-CRA");
        browser.tabTo(driver.findElement(By.id("person.identityNumber")));
        browser.type(Canaries.INVALID_PERSONNUMMER);
        browser.tabTo(driver.findElement(By.id("person.givenName")));
        browser.type(Canaries.GIVEN_NAME);
        browser.tabTo(driver.findElement(By.id("person.familyName")));
        browser.type(Canaries.FAMILY_NAME);
        browser.tabTo(driver.findElement(By.cssSelector("main form button[type=submit]")));
        browser.pressEnter();

        waitFor(driver, By.id("person.identityNumber-fel"));
        assertThat(driver.findElement(By.id("person.identityNumber")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("person.givenName")).getDomProperty("value"))
                .isEqualTo(Canaries.GIVEN_NAME);
        assertThat(driver.findElement(By.id("felsammanfattning")).getText())
                .doesNotContain(Canaries.INVALID_PERSONNUMMER);
        Axe.assertNoViolations(driver, "the form of A-CRA with a refused personnummer");

        browser.tabTo(driver.findElement(By.id("person.identityNumber")));
        for (int typed = 0; typed < Canaries.INVALID_PERSONNUMMER.length(); typed++) {
            Keyboard.press(driver, Keys.END, Keys.BACK_SPACE);
        }
        browser.type(Canaries.PERSONNUMMER);
        browser.tabTo(driver.findElement(By.cssSelector("main form button[type=submit]")));
        browser.pressEnter();

        new WebDriverWait(driver, WAIT).withMessage(() -> "still on the form: " + driver.findElements(
                        By.cssSelector(".error-summary li")).stream().map(WebElement::getText).toList())
                .until(ExpectedConditions.urlMatches("/ui/arenden/[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        String caseCode = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(db.rows("SELECT family_name FROM case_person WHERE case_code = ?", caseCode))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("family_name",
                        Canaries.FAMILY_NAME));
    }

    @Test
    void a_login_of_another_unit_is_refused_the_page() {
        WebDriver driver = browser.open(base() + "/ui/arenden/nytt?insats=minimaria-a-cra").driver();
        IdpLoginPage.logIn(driver, "anna-cmv", "cmv", Roles.STAFF);

        waitFor(driver, By.tagName("h1"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Du har inte tillgång")
                .doesNotContain("A-CRA");
        assertThat(driver.findElements(By.id("person.identityNumber"))).isEmpty();
        Axe.assertNoViolations(driver, "the refusal of another unit's login");
    }

    private static void waitFor(WebDriver driver, By element) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(element));
    }

}
