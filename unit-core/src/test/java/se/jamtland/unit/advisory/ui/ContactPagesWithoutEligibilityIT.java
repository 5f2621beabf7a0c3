package se.jamtland.unit.advisory.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;
import se.jamtland.unit.testing.UnitTestProperties;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * eligibility-service is down (issue 9's fail-closed intake, on the pages of issue 13): no contact can be
 * registered and the form says why in Swedish, while the start page still shows the unit's day, each insats by
 * its catalog id and a notice saying why.
 */
@MicronautTest(environments = "unit", transactional = false)
class ContactPagesWithoutEligibilityIT extends UnitServiceTestBase {

    @Inject
    EmbeddedServer server;

    private PageVisitor anna;

    ContactPagesWithoutEligibilityIT() {
        super("cmv", "unit_core_contact_pages_down");
    }

    @Override
    protected String eligibilityUrl() {
        return UnitTestProperties.nowhere();
    }

    @BeforeEach
    void logIn() {
        anna = new PageVisitor("http://localhost:" + server.getPort());
        anna.logIn("anna-cmv", "cmv", "STAFF");
    }

    @Test
    void the_contact_form_says_in_swedish_that_the_check_cannot_be_made_and_offers_no_form() {
        HttpResponse<String> page = anna.get("/ui/kontakter/ny");

        assertThat(page.statusCode()).isEqualTo(503);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select(".error-summary li").text()).isNotBlank();
        assertThat(html.select("form[action=/ui/kontakter/ny]")).isEmpty();
    }

    @Test
    void a_contact_posted_meanwhile_is_refused_with_the_reason_and_nothing_is_written() {
        long before = db.count("advisory_contact");

        HttpResponse<String> page = anna.post("/", "/ui/kontakter/ny", Map.of("insats", "cmv-informationssamtal",
                "channel", "PHONE", "askedBy", "SELF"));

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(page.body()).select(".error-summary li").text()).isNotBlank();
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void the_start_page_still_shows_the_day_and_says_why_the_insatser_have_no_names() {
        HttpResponse<String> page = anna.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select(".notice").text())
                .contains("Insatsernas namn kunde inte hämtas just nu");
    }
}
