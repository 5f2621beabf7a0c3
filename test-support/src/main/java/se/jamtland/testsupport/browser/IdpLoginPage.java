package se.jamtland.testsupport.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dev IdP's login page (dev-idp: NAV's mock-oauth2-server 3.0.1, its interactive login at the authorization
 * endpoint), where a staff UI sends the browser to log in: a form with a text field {@code username} (the token's
 * {@code sub}), a textarea {@code claims} (a JSON object whose fields become claims) and a submit button. Filled in
 * and sent with the keyboard, as a person would.
 *
 * <p>The page is the mock server's, not ours, and never deployed (production has the county's IdP): axe-core is
 * not run on it.
 */
public final class IdpLoginPage {

    public static final By USERNAME = By.cssSelector("form input[name=username]");
    public static final By CLAIMS = By.cssSelector("form textarea[name=claims]");
    public static final By SUBMIT = By.cssSelector("form input[type=submit]");
    /** Unit ids and role names are plain words, so they go into the JSON as they are. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private IdpLoginPage() {
    }

    /**
     * On the login page the browser shows: logs in as {@code username}, a member of {@code unit} in {@code role}
     * (claims {@code {"unit":"cmv","roles":["STAFF"]}}), and waits until the IdP has sent the browser back to the
     * client (a page that is not the login form).
     */
    public static void logIn(WebDriver driver, String username, String unit, String role) {
        WebElement user = field(driver, USERNAME);
        WebElement claims = field(driver, CLAIMS);
        WebElement submit = field(driver, SUBMIT);

        Keyboard.tabTo(driver, user);
        Keyboard.type(driver, username);
        Keyboard.tabTo(driver, claims);
        Keyboard.type(driver, claims(unit, role));
        // Enter in the textarea would be a new line: the button is the form's next stop.
        Keyboard.tabTo(driver, submit);
        Keyboard.pressEnter(driver);

        new WebDriverWait(driver, WAIT).withMessage("the dev IdP did not send the browser back after the login")
                .until(d -> d.findElements(USERNAME).isEmpty());
    }

    /** The claims a member of a unit's staff has, as the login form takes them. */
    static String claims(String unit, String role) {
        for (String value : List.of(unit, role)) {
            if (!PLAIN.matcher(value).matches()) {
                throw new IllegalArgumentException("a unit id or role is a plain word (letters, digits, - and _)");
            }
        }
        return "{\"unit\":\"" + unit + "\",\"roles\":[\"" + role + "\"]}";
    }

    private static WebElement field(WebDriver driver, By selector) {
        List<WebElement> found = driver.findElements(selector);
        if (found.size() != 1) {
            throw new AssertionError("Not the dev IdP's login form (" + found.size() + " of " + selector
                    + "; the browser is at " + withoutQuery(driver.getCurrentUrl()) + ")");
        }
        return found.get(0);
    }

    /** The address without its query: enough to see where the browser is, without the request's parameters. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
