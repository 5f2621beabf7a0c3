package se.jamtland.testsupport.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AxeTest {

    @Test
    void the_report_names_rule_impact_help_and_selectors_and_never_the_elements_html() {
        CheckedNode node = new CheckedNode();
        node.setTarget(List.of("#guardian > .name"));
        node.setHtml("<span class=\"name\">" + Canaries.GUARDIAN_NAME + "</span>");
        node.setFailureSummary("Element has insufficient color contrast: " + Canaries.GUARDIAN_NAME);
        Rule rule = new Rule();
        rule.setId("color-contrast");
        rule.setImpact("serious");
        rule.setHelp("Elements must meet minimum color contrast ratio thresholds");
        rule.setHelpUrl("https://dequeuniversity.com/rules/axe/4.10/color-contrast");
        rule.setNodes(List.of(node));

        String report = Axe.report("the case page", List.of(rule));

        assertThat(report).isEqualTo("""
                axe-core found 1 WCAG 2.1 AA violation on the case page:
                - color-contrast (serious): Elements must meet minimum color contrast ratio thresholds
                    https://dequeuniversity.com/rules/axe/4.10/color-contrast
                    at #guardian > .name""");
        assertThat(report).doesNotContain(Canaries.FAMILY_NAME);
    }
}
