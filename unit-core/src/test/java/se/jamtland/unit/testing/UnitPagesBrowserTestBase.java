package se.jamtland.unit.testing;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.jamtland.testsupport.browser.Browser;
import se.jamtland.testsupport.browser.IdpLoginPage;

import java.time.Duration;

/**
 * A unit service's pages in headless Chromium (issue 13): one browser for the test class (its start costs about a
 * second), a new person (no cookies) before each test, and the login a person makes, through the dev IdP's form
 * with the keyboard, landing on the page asked for. Subclasses add {@code @MicronautTest(environments = "unit",
 * transactional = false)} as for {@link UnitServiceTestBase}.
 */
public abstract class UnitPagesBrowserTestBase extends UnitServiceTestBase {

    protected static final Duration WAIT = Duration.ofSeconds(10);
    protected static Browser browser;

    @Inject
    protected EmbeddedServer server;

    protected UnitPagesBrowserTestBase(String unit, String database) {
        super(unit, database);
    }

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void newPerson() {
        browser.newSession();
    }

    /** The service's address as a person's browser names it: the session cookie and the login's way back are localhost's. */
    protected String base() {
        return "http://localhost:" + server.getPort();
    }

    /** Opens {@code page} (a path), logs in at the IdP as {@code username} of {@code unit}, waits for a heading. */
    protected WebDriver logIn(String page, String username, String unit, String role) {
        WebDriver driver = browser.open(base() + page).driver();
        IdpLoginPage.logIn(driver, username, unit, role);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return driver;
    }
}
