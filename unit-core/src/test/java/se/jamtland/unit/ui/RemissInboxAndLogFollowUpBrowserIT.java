package se.jamtland.unit.ui;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.TestIdp;
import se.jamtland.testsupport.browser.Axe;
import se.jamtland.testsupport.browser.IdpLoginPage;
import se.jamtland.testsupport.browser.Keyboard;
import se.jamtland.testsupport.browser.Screenshots;
import se.jamtland.unit.testing.CaseSystemRemisser;
import se.jamtland.unit.testing.UnitPagesBrowserTestBase;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The remiss inbox and the unit manager's log follow-up in headless Chromium (issue 13): a member of Mini-Maria's
 * staff accepts one remiss into a case and declines another with a reason, a unit manager filters the log and runs
 * the chain check, all with the keyboard alone; staff are refused the follow-up and another unit's login the
 * inbox. axe-core finds no WCAG 2.1 AA violation on any of our pages visited (the dev IdP's login page is not ours).
 */
@MicronautTest(environments = "unit", transactional = false)
class RemissInboxAndLogFollowUpBrowserIT extends UnitPagesBrowserTestBase {

    private static final String REFUSED = "Du har inte tillgång till den här sidan";

    private CaseSystemRemisser kommun;

    RemissInboxAndLogFollowUpBrowserIT() {
        super("minimaria", "unit_core_remiss_log_browser");
    }

    @BeforeEach
    void anotherKommun() {
        kommun = new CaseSystemRemisser(api);
    }

    /** Asks for the page, logs in at the IdP's form, and is back on the page asked for. */
    private WebDriver logInAt(String path, String username, String unit, String role) {
        WebDriver driver = browser.open(base() + path).driver();
        IdpLoginPage.logIn(driver, username, unit, role);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(base() + path));
        return driver;
    }

    private Map<String, Object> remissRow(String id) {
        return db.rows("SELECT status, case_code, decline_reason FROM remiss WHERE id = ?", id).get(0);
    }

    @Test
    void a_member_of_staff_accepts_a_remiss_into_a_case_with_the_keyboard() {
        String id = kommun.send("2380", Canaries.personnummer(19, "FEMALE", 1), true);
        kommun.send("2309", Canaries.personnummer(27, "MALE", 2), false);

        WebDriver driver = logInAt("/ui/remisser", "anna-minimaria", "minimaria", "STAFF");
        Axe.assertNoViolations(driver, "remissinkorgen");
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Östersund").contains("Krokom")
                .doesNotContain(Canaries.FAMILY_NAME);
        Screenshots.save(driver, "docs/screenshots/remisser.png");

        browser.tabTo(driver.findElement(By.cssSelector("a[href='/ui/remisser/" + id + "']")));
        browser.pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(base() + "/ui/remisser/" + id));
        Axe.assertNoViolations(driver, "en remiss");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(Canaries.FULL_NAME)
                .contains(Canaries.GUARDIAN_NAME).contains(CaseSystemRemisser.REFERRER)
                .contains(CaseSystemRemisser.MESSAGE);

        browser.tabTo(driver.findElement(By.id("accept")));
        browser.pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/ui/arenden/"));

        String caseCode = (String) remissRow(id).get("case_code");
        assertThat(remissRow(id)).containsEntry("status", "ACCEPTED");
        assertThat(driver.getCurrentUrl()).isEqualTo(base() + "/ui/arenden/" + caseCode);
        browser.open(base() + "/ui/remisser/" + id);
        Axe.assertNoViolations(driver, "en antagen remiss");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Antagen").contains(caseCode);
        assertThat(driver.findElements(By.id("accept"))).as("decided once").isEmpty();
    }

    @Test
    void a_member_of_staff_declines_a_remiss_with_a_reason_and_is_first_asked_for_one() {
        String id = kommun.send("2380", Canaries.personnummer(33, "MALE", 3), false);

        WebDriver driver = logInAt("/ui/remisser/" + id, "anna-minimaria", "minimaria", "STAFF");
        browser.tabTo(driver.findElement(By.id("decline")));
        browser.pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("felsammanfattning")));
        Axe.assertNoViolations(driver, "en remiss som saknar skäl");
        assertThat(driver.findElement(By.id("felsammanfattning")).getText()).contains("Ange ett skäl ur listan.");
        assertThat(remissRow(id)).containsEntry("status", "RECEIVED");

        browser.tabTo(driver.findElement(By.id("reason")));
        Keyboard.press(driver, Keys.ARROW_DOWN); // in a radio group the arrow keys choose
        assertThat(driver.findElement(By.id("reason-NOT_REACHED")).isSelected()).isTrue();
        browser.tabTo(driver.findElement(By.id("decline")));
        browser.pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(base() + "/ui/remisser"));

        Axe.assertNoViolations(driver, "remissinkorgen efter ett avböjande");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Remissen är avböjd. Skäl: Enheten har inte fått kontakt med personen.");
        assertThat(remissRow(id)).containsEntry("status", "DECLINED").containsEntry("decline_reason", "NOT_REACHED");
    }

    @Test
    void a_unit_manager_filters_the_log_by_staff_and_runs_the_chain_check_with_the_keyboard() {
        String read = kommun.send("2380", Canaries.personnummer(34, "FEMALE", 4), false);
        String notRead = kommun.send("2361", Canaries.personnummer(35, "MALE", 5), false);
        assertThat(api.as(TestIdp.token("eva-minimaria", "minimaria", "STAFF")).get("/remisser/" + read).status())
                .isEqualTo(200);

        WebDriver driver = logInAt("/ui/logg", "chef-minimaria", "minimaria", "UNIT_MANAGER");
        Axe.assertNoViolations(driver, "uppföljning av loggen");
        browser.tabTo(driver.findElement(By.id("staff")));
        browser.type("eva-minimaria").pressEnter();
        // The empty dates are left out of the follow-up's address.
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(base() + "/ui/logg?staff=eva-minimaria"));

        Axe.assertNoViolations(driver, "loggen för en medarbetare");
        String shown = driver.findElement(By.tagName("main")).getText();
        assertThat(shown).contains(read).contains("Läst").doesNotContain(notRead);
        browser.tabTo(driver.findElement(By.id("kontrollera")));
        browser.pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("kedjan")));
        Axe.assertNoViolations(driver, "kontroll av loggens kedja");
        assertThat(driver.findElement(By.id("kedjan")).getText()).contains("Loggen är obruten")
                .contains("rader stämmer.");
        assertThat(driver.findElement(By.id("staff")).getDomProperty("value")).isEqualTo("eva-minimaria");
        // The finding at the top, then the sample and the log: the docs show the rows, not the form.
        ((JavascriptExecutor) driver).executeScript("document.getElementById('stickprov').scrollIntoView()");
        Screenshots.save(driver, "docs/screenshots/uppfoljning.png");
    }

    @Test
    void staff_are_refused_the_follow_up_and_another_units_login_the_inbox() {
        WebDriver driver = logInAt("/ui/logg", "anna-minimaria", "minimaria", "STAFF");
        Axe.assertNoViolations(driver, "uppföljningen nekad");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(REFUSED);

        browser.newSession();
        String id = kommun.send("2380", Canaries.personnummer(36, "FEMALE", 6), false);
        driver = logInAt("/ui/remisser/" + id, "bo-cmv", "cmv", "STAFF");
        Axe.assertNoViolations(driver, "remissen nekad");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(REFUSED);
        assertThat(driver.getPageSource()).doesNotContain(Canaries.FAMILY_NAME).doesNotContain("Remiss från");
    }
}
