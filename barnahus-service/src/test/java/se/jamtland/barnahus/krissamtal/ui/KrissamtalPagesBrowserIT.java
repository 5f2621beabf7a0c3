package se.jamtland.barnahus.krissamtal.ui;

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
 * Krissamtal at the barnförhör in headless Chromium (issue 13): a member of Barnahus's staff logs in through the IdP's
 * form and registers a krissamtal with the keyboard alone (today's barnförhör is filled in; who took part by Space
 * on the checkboxes); a form sent without anyone taking part shows its error at the top and by the field. axe-core
 * finds no WCAG 2.1 AA violation on any page of ours visited; another unit's login is refused.
 */
@MicronautTest(environments = "unit", transactional = false)
class KrissamtalPagesBrowserIT extends UnitPagesBrowserTestBase {

    KrissamtalPagesBrowserIT() {
        super("barnahus", "barnahus_krissamtal_browser");
    }

    @Test
    void a_staff_member_registers_a_krissamtal_with_the_keyboard_after_correcting_who_took_part() {
        WebDriver driver = logIn(KrissamtalPagesController.NEW_KRISSAMTAL, "eva-barnahus", "barnahus", "STAFF");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Registrera krissamtal");
        Axe.assertNoViolations(driver, "the krissamtal form");
        Screenshots.save(driver, "docs/screenshots/barnahus-krissamtal.png");

        browser.tabTo(submit(driver));
        browser.pressEnter();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("felsammanfattning")));
        assertThat(driver.findElement(By.id("participants-fel")).getText()).isNotBlank();
        Axe.assertNoViolations(driver, "the krissamtal form with an error");

        browser.tabTo(driver.findElement(By.id("participants")));
        browser.type(" ");
        browser.tabTo(driver.findElement(By.id("participants-GUARDIAN")));
        browser.type(" ");
        browser.tabTo(driver.findElement(By.id("ageBand")));
        browser.type("13");
        browser.tabTo(submit(driver));
        browser.pressEnter();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Krissamtalet är registrerat.");
        assertThat(db.count("krissamtal_detail")).isEqualTo(1);
        Axe.assertNoViolations(driver, "the krissamtal form after a registration");
    }

    @Test
    void another_units_login_is_shown_a_refusal_at_the_krissamtal_page() {
        WebDriver driver = logIn(KrissamtalPagesController.NEW_KRISSAMTAL, "anna-cmv", "cmv", "STAFF");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Du har inte tillgång till den här sidan");
        assertThat(driver.getPageSource()).doesNotContain("Vilka deltog?");
        Axe.assertNoViolations(driver, "the refusal for another unit");
    }

    private static org.openqa.selenium.WebElement submit(WebDriver driver) {
        return driver.findElement(By.cssSelector("form[action='/ui/krissamtal/ny'] button[type=submit]"));
    }

}
