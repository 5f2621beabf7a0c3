package se.jamtland.testsupport.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Deque's axe-core on the page the browser shows, for WCAG 2.1 level A and AA (issue 13, quality bar: DOS-lagen
 * asks for AA, and every page must have zero violations). Run on the suite's own pages only: the dev IdP's login
 * page is NAV's mock server's, not ours, and is never deployed.
 */
public final class Axe {

    /** axe-core's tags for WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** The violations axe finds on the page now shown (none is an empty list). */
    public static List<Rule> violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check the page: " + results.getErrorMessage());
        }
        return results.getViolations();
    }

    /**
     * Fails, naming each violation's rule, impact, help text and the selectors of the elements it found, when the
     * page has any. Never the elements' HTML or the page's text: a page can show a person's details.
     */
    public static void assertNoViolations(WebDriver driver, String pageName) {
        List<Rule> violations = violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError(report(pageName, violations));
        }
    }

    /** The readable list {@link #assertNoViolations} fails with. */
    static String report(String pageName, List<Rule> violations) {
        StringBuilder report = new StringBuilder("axe-core found " + violations.size() + " WCAG 2.1 AA violation"
                + (violations.size() == 1 ? "" : "s") + " on " + pageName + ":");
        for (Rule rule : violations) {
            report.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append("\n    ").append(rule.getHelpUrl());
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n    at ").append(target(node));
            }
        }
        return report.toString();
    }

    /**
     * axe-core's target: a list of CSS selectors, one per frame (or, in a shadow DOM, a list of them); their text
     * is the selector, never the element's content.
     */
    private static String target(CheckedNode node) {
        Object target = node.getTarget();
        if (target instanceof List<?> selectors) {
            return selectors.stream().map(String::valueOf).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }
}
