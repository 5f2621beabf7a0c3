package se.jamtland.unit.cases.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a DEIDENTIFIED case at Centrum mot våld from the staff page (issue 13), hop by hop over HTTP: the choice
 * of insats with its target group as information, the live check of the villkor (the fragment htmx swaps in), the
 * post that opens the case through the API's own use case, and what is refused (a villkor not met, consent
 * missing, a form without its CSRF token, another unit's login). The browser tests show the same to a person.
 */
@MicronautTest(environments = "unit", transactional = false)
class OpenCasePageIT extends UnitServiceTestBase {

    private static final String FORM = "/ui/arenden/nytt?insats=cmv-stodsamtal-vald";

    @Inject
    EmbeddedServer server;

    OpenCasePageIT() {
        super("cmv", "unit_core_open_case_page");
    }

    @Test
    void the_choice_of_insats_shows_each_case_insats_with_its_target_group_as_information_and_no_advisory_one() {
        PageVisitor staff = loggedIn();

        HttpResponse<String> page = staff.get("/ui/arenden/nytt");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Öppna ärende").contains("Stödsamtal för våldsutsatta (2.2)")
                .contains("Personer som utsatts för våld i nära relation.").contains("Målgrupp:")
                .contains("href=\"/ui/arenden/nytt?insats=cmv-kast\"")
                .as("advisory insatser are registered as contacts, not cases")
                .doesNotContain("insats=cmv-informationssamtal").doesNotContain("insats=cmv-gruppverksamhet")
                .as("the target group is never a question").doesNotContain("type=\"checkbox\"")
                .doesNotContain("type=\"radio\"");
    }

    @Test
    void a_deidentified_case_opened_from_the_form_goes_to_its_case_page_with_a_confirmation() {
        PageVisitor staff = loggedIn();
        long before = db.count("case_file");

        HttpResponse<String> opened = staff.post(FORM, "/ui/arenden/nytt", Map.of("insats", "cmv-stodsamtal-vald",
                "startDate", "", "age", "34", "kommun", "2380", "gender", "female"));

        assertThat(opened.statusCode()).isEqualTo(303);
        String location = opened.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/ui/arenden/[A-Z0-9]{4}-[A-Z0-9]{4}");
        String caseCode = location.substring("/ui/arenden/".length());
        assertThat(db.rows("SELECT insats, regime, age_band, kommun, gender, guardian_secrecy FROM case_file"
                + " WHERE case_code = ?", caseCode)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("insats", "cmv-stodsamtal-vald").containsEntry("regime", "DEIDENTIFIED")
                .containsEntry("age_band", "30-49").containsEntry("kommun", "2380").containsEntry("gender", "female")
                .containsEntry("guardian_secrecy", false));
        assertThat(db.count("case_file")).isEqualTo(before + 1);
        assertThat(staff.get("/").body()).as("the next page says it once").contains("Ärendet är öppnat.");
        assertThat(staff.get("/").body()).doesNotContain("Ärendet är öppnat.");
    }

    @Test
    void the_form_of_a_deidentified_insats_asks_age_but_no_legal_gender_and_checks_the_villkor_live() {
        PageVisitor staff = loggedIn();

        HttpResponse<String> form = staff.get(FORM);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"age\"").contains("hx-get=\"/ui/arenden/nytt/provning\"")
                .contains("id=\"villkor\"").contains("Ange åldern")
                .as("no villkor of 2.2 is a legal gender").doesNotContain("name=\"legalGender\"");
        HttpResponse<String> met = staff.get("/ui/arenden/nytt/provning?insats=cmv-stodsamtal-vald&age=34");
        assertThat(met.statusCode()).isEqualTo(200);
        assertThat(met.body()).contains("Villkoren för insatsen är uppfyllda").doesNotContain("<html");
    }

    @Test
    void a_villkor_not_met_shows_the_referral_live_and_the_post_refers_counts_and_opens_nothing() {
        PageVisitor staff = loggedIn();
        long cases = db.count("case_file");
        long referrals = db.count("referral");

        HttpResponse<String> live = staff.get("/ui/arenden/nytt/provning?insats=cmv-stodsamtal-vald&age=14"
                + "&kommun=2309");
        assertThat(live.body()).contains("Hänvisa till biståndsbedömning")
                .contains("Villkoret är inte uppfyllt: 15 år och uppåt.")
                .contains("socialtjänsten i Krokoms kommun").contains("personen vänder sig själv till kommunen")
                .as("a deidentified insats takes no aktualisering with a name").doesNotContain("aktualisering?");
        assertThat(db.count("referral")).as("a check is a question: nothing is counted").isEqualTo(referrals);

        HttpResponse<String> posted = staff.post(FORM, "/ui/arenden/nytt", Map.of("insats", "cmv-stodsamtal-vald",
                "age", "14", "kommun", "2309"));

        assertThat(posted.statusCode()).isEqualTo(422);
        assertThat(posted.body()).contains("Det här behöver rättas").contains("href=\"#age\"")
                .contains("Hänvisa till biståndsbedömning").contains("aria-invalid=\"true\"")
                .contains("value=\"14\"");
        assertThat(db.count("case_file")).isEqualTo(cases);
        assertThat(db.count("referral")).isEqualTo(referrals + 1);
    }

    @Test
    void a_sixteen_year_old_is_shown_the_guardian_secrecy_and_the_case_is_opened_under_it() {
        PageVisitor staff = loggedIn();

        HttpResponse<String> live = staff.get("/ui/arenden/nytt/provning?insats=cmv-stodsamtal-vald&age=16");
        HttpResponse<String> opened = staff.post(FORM, "/ui/arenden/nytt", Map.of("insats", "cmv-stodsamtal-vald",
                "age", "16"));

        assertThat(live.body()).contains("Sekretess mot vårdnadshavare").contains("mellan 15 och 17 år")
                .doesNotContain("guardianConsentGiven");
        assertThat(opened.statusCode()).isEqualTo(303);
        String caseCode = opened.headers().firstValue("Location").orElseThrow().substring("/ui/arenden/".length());
        assertThat(db.rows("SELECT guardian_secrecy FROM case_file WHERE case_code = ?", caseCode).get(0))
                .containsEntry("guardian_secrecy", true);
    }

    @Test
    void under_fifteen_the_form_asks_for_the_guardians_consent_and_opens_the_case_once_it_is_given() {
        PageVisitor staff = loggedIn();
        String form = "/ui/arenden/nytt?insats=cmv-foraldrasamtal";
        long before = db.count("case_file");

        HttpResponse<String> live = staff.get("/ui/arenden/nytt/provning?insats=cmv-foraldrasamtal&age=12");
        HttpResponse<String> withoutConsent = staff.post(form, "/ui/arenden/nytt", Map.of(
                "insats", "cmv-foraldrasamtal", "age", "12", "kommun", "2321"));

        assertThat(live.body()).contains("Vårdnadshavares samtycke").contains("Personen är under 15 år")
                .contains("name=\"guardianConsentGiven\"")
                .as("a deidentified record names no guardian").doesNotContain("guardians.name");
        assertThat(withoutConsent.statusCode()).isEqualTo(422);
        assertThat(withoutConsent.body()).contains("href=\"#guardianConsentGiven\"")
                .contains("id=\"guardianConsentGiven-fel\"").contains("value=\"12\"")
                .as("the kommun chosen is kept").contains("value=\"2321\" selected");
        assertThat(db.count("case_file")).isEqualTo(before);

        HttpResponse<String> withConsent = staff.post(form, "/ui/arenden/nytt", Map.of(
                "insats", "cmv-foraldrasamtal", "age", "12", "guardianConsentGiven", "ja"));
        assertThat(withConsent.statusCode()).isEqualTo(303);
        assertThat(db.count("case_file")).isEqualTo(before + 1);
    }

    @Test
    void what_the_form_cannot_read_is_refused_by_the_field_with_everything_typed_kept() {
        PageVisitor staff = loggedIn();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("insats", "cmv-stodsamtal-vald");
        fields.put("age", "tolv");
        fields.put("startDate", "första maj");
        fields.put("kommun", "2380");

        HttpResponse<String> posted = staff.post(FORM, "/ui/arenden/nytt", fields);
        HttpResponse<String> tooOld = staff.post(FORM, "/ui/arenden/nytt", Map.of("insats", "cmv-stodsamtal-vald",
                "age", "200"));

        assertThat(posted.statusCode()).isEqualTo(422);
        assertThat(posted.body()).contains("href=\"#age\"").contains("href=\"#startDate\"")
                .contains("Ange åldern i hela år").contains("value=\"tolv\"").contains("value=\"första maj\"");
        assertThat(tooOld.statusCode()).isEqualTo(422);
        assertThat(tooOld.body()).contains("href=\"#age\"").contains("Ålder måste vara högst 130 år.");
    }

    @Test
    void an_insats_the_unit_does_not_open_cases_for_is_answered_with_the_choice_again() {
        PageVisitor staff = loggedIn();

        for (String insats : List.of("cmv-informationssamtal", "minimaria-a-cra", "no-such-insats")) {
            HttpResponse<String> page = staff.get("/ui/arenden/nytt?insats=" + insats);
            HttpResponse<String> posted = staff.post("/ui/arenden/nytt", "/ui/arenden/nytt", Map.of("insats", insats,
                    "age", "30"));

            assertThat(page.statusCode()).as(insats).isEqualTo(422);
            assertThat(page.body()).contains("Välj en av insatserna i listan.").contains("href=\"#insats\"")
                    .doesNotContain("name=\"age\"");
            assertThat(posted.statusCode()).as(insats).isEqualTo(422);
        }
    }

    @Test
    void a_post_without_the_sessions_csrf_token_is_refused_and_opens_nothing() {
        PageVisitor staff = loggedIn();
        long before = db.count("case_file");

        HttpResponse<String> forged = staff.postRaw("/ui/arenden/nytt", "insats=cmv-stodsamtal-vald&age=30");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(db.count("case_file")).isEqualTo(before);
    }

    @Test
    void another_units_login_sees_neither_the_form_nor_the_check_and_cannot_open_a_case() {
        PageVisitor other = new PageVisitor(base());
        other.logIn("bo-minimaria", "minimaria", "STAFF");
        long before = db.count("case_file");

        HttpResponse<String> form = other.get(FORM);
        HttpResponse<String> check = other.get("/ui/arenden/nytt/provning?insats=cmv-stodsamtal-vald&age=30");
        HttpResponse<String> posted = other.post(FORM, "/ui/arenden/nytt",
                Map.of("insats", "cmv-stodsamtal-vald", "age", "30"));

        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Du har inte tillgång till den här sidan")
                .doesNotContain("Stödsamtal för våldsutsatta");
        assertThat(check.statusCode()).isEqualTo(403);
        assertThat(check.body()).doesNotContain("Villkoren");
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(db.count("case_file")).isEqualTo(before);
    }

    private PageVisitor loggedIn() {
        PageVisitor staff = new PageVisitor(base());
        staff.logIn("anna-cmv", "cmv", "STAFF");
        return staff;
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
