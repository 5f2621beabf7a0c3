package se.jamtland.barnahus.krissamtal.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Barnahus's krissamtal page over HTTP (issue 13): a krissamtal at a barnförhör registered by Post/Redirect/Get
 * with its confirmation, the catalog's window after the barnförhör and a missing category shown by the form with
 * the typed values kept and nothing written, no identity input, CSRF and another unit's login refused.
 */
@MicronautTest(environments = "unit", transactional = false)
class KrissamtalPagesIT extends UnitServiceTestBase {

    private static final String PAGE = KrissamtalPagesController.NEW_KRISSAMTAL;
    private static final Pattern INPUT_NAMES = Pattern.compile("<(?:input|select|textarea)[^>]*\\sname=\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    KrissamtalPagesIT() {
        super("barnahus", "barnahus_krissamtal_pages");
    }

    @Test
    void a_krissamtal_on_the_day_of_the_barnforhor_is_registered_with_who_took_part_as_categories() {
        PageVisitor eva = loggedIn("barnahus");
        long before = db.count("krissamtal_detail");
        String today = LocalDate.now().toString();

        HttpResponse<String> form = eva.get(PAGE);
        HttpResponse<String> recorded = eva.post(PAGE, PAGE, Map.of("interviewDate", today, "date", today,
                "participants-CHILD", "ja", "participants-GUARDIAN", "ja", "ageBand", "13-14", "gender", "female",
                "kommun", "2380", "durationMinutes", "45"));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("href=\"/ui/krissamtal/ny\"").contains("Vilka deltog?");
        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(recorded.headers().firstValue("Location")).hasValue(PAGE);
        assertThat(eva.get(PAGE).body()).contains("Krissamtalet är registrerat.");
        assertThat(db.count("krissamtal_detail")).isEqualTo(before + 1);
        assertThat(db.rows("SELECT participants FROM krissamtal_detail WHERE interview_date = ?", today))
                .anySatisfy(row -> assertThat(row.values()).contains("CHILD,GUARDIAN"));
    }

    @Test
    void a_krissamtal_long_after_the_barnforhor_or_without_who_took_part_is_shown_on_the_form_and_not_written() {
        PageVisitor eva = loggedIn("barnahus");
        long before = db.count("advisory_contact");
        String interview = LocalDate.now().minusDays(20).toString();

        HttpResponse<String> late = eva.post(PAGE, PAGE, Map.of("interviewDate", interview,
                "participants-CHILD", "ja", "participants-GUARDIAN", "ja", "ageBand", "15-17"));
        HttpResponse<String> nobody = eva.post(PAGE, PAGE, Map.of("interviewDate", LocalDate.now().toString(),
                "ageBand", "15-17"));

        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("Det här behöver rättas").contains("value=\"" + interview + "\"")
                .contains("value=\"15-17\" selected");
        assertThat(nobody.statusCode()).isEqualTo(422);
        assertThat(nobody.body()).contains("href=\"#participants\"").contains("id=\"participants-fel\"");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void the_krissamtal_form_has_no_identity_input() {
        Matcher names = INPUT_NAMES.matcher(loggedIn("barnahus").get(PAGE).body());
        List<String> found = new ArrayList<>();
        while (names.find()) {
            found.add(names.group(1));
        }

        assertThat(found).contains("interviewDate", "participants-CHILD", "ageBand")
                .doesNotContainAnyElementsOf(List.of("person", "identityNumber", "givenName", "familyName", "name",
                        "phone", "email", "address", "guardians"));
    }

    @Test
    void a_write_without_the_csrf_token_is_refused_and_another_units_login_sees_nothing() {
        PageVisitor eva = loggedIn("barnahus");
        long before = db.count("advisory_contact");

        HttpResponse<String> forged = eva.postRaw(PAGE, "interviewDate=" + LocalDate.now() + "&participants-CHILD=ja");
        HttpResponse<String> otherUnit = loggedIn("cmv").get(PAGE);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(db.count("advisory_contact")).isEqualTo(before);
        assertThat(otherUnit.statusCode()).isEqualTo(403);
        assertThat(otherUnit.body()).doesNotContain("Vilka deltog?");
    }

    private PageVisitor loggedIn(String unit) {
        PageVisitor visitor = new PageVisitor("http://localhost:" + server.getPort());
        visitor.logIn("eva-" + unit, unit, "STAFF");
        return visitor;
    }
}
