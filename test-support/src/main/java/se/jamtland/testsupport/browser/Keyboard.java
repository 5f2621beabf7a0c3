package se.jamtland.testsupport.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person who uses the keyboard alone (WCAG 2.1.1, and the focus order of 2.4.3): every key goes to whatever has
 * focus, as a real key press, never to an element picked by the test. So a flow that passes with these helpers
 * works without a mouse, in the page's own focus order.
 */
public final class Keyboard {

    /**
     * More TAB presses than any of the staff UIs' pages has stops; a page that needs more is itself a finding
     * (2.4.1, bypass blocks).
     */
    public static final int MAX_TABS = 60;

    private Keyboard() {
    }

    /**
     * Presses TAB until {@code element} has focus, at most {@link #MAX_TABS} times, and fails when it never gets
     * it (not focusable, or not in the focus order). Names elements by tag, id and name only: never their text,
     * which could be a person's.
     */
    public static WebElement tabTo(WebDriver driver, WebElement element) {
        for (int presses = 0; presses <= MAX_TABS; presses++) {
            if (element.equals(focused(driver))) {
                return element;
            }
            press(driver, Keys.TAB);
        }
        throw new AssertionError("TAB never reached " + describe(element) + " in " + MAX_TABS
                + " presses (focus ended on " + describe(focused(driver)) + "): is it focusable and in the focus"
                + " order?");
    }

    /** Types the text into the element that has focus, key by key. */
    public static void type(WebDriver driver, CharSequence text) {
        press(driver, text);
    }

    /** Enter on the element that has focus: submits a form from a field, follows a link, presses a button. */
    public static void pressEnter(WebDriver driver) {
        press(driver, Keys.ENTER);
    }

    /** Any keys (SPACE for a checkbox, ARROW_DOWN in a radio group or a select) to the element that has focus. */
    public static void press(WebDriver driver, CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has focus (the page's body when nothing has). */
    public static WebElement focused(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    /** {@code tag#id[name=…]}: enough to find it in the page's source, nothing anyone typed or reads. */
    static String describe(WebElement element) {
        if (element == null) {
            return "nothing";
        }
        StringBuilder text = new StringBuilder(element.getTagName());
        String id = element.getDomAttribute("id");
        String name = element.getDomAttribute("name");
        if (id != null && !id.isEmpty()) {
            text.append('#').append(id);
        }
        if (name != null && !name.isEmpty()) {
            text.append("[name=").append(name).append(']');
        }
        return text.toString();
    }
}
