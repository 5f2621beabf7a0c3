package se.jamtland.unit.cases.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.jamtland.testinfra.Canaries;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening an INDIVIDUAL case at Mini-Maria from the staff page (issue 13), and the aktualisering a referral may lead
 * to (issue 12), over HTTP: the form takes the person (14 kap. 3 § SoL), a personnummer decides the age, under 15
 * the guardians' consent and a guardian are asked for, and an aktualisering is registered only with the person's
 * consent. The made-up persons are the canaries', so the log scan would find any of them in a log line.
 */
@MicronautTest(environments = "unit", transactional = false)
class IndividualIntakePagesIT extends UnitServiceTestBase {

    private static final String FORM = "/ui/arenden/nytt?insats=minimaria-a-cra";
    private static final String AKTUALISERING = "/ui/arenden/nytt/aktualisering";

    @Inject
    EmbeddedServer server;

    IndividualIntakePagesIT() {
        super("minimaria", "unit_core_individual_intake_pages");
    }

    @Test
    void an_individual_case_is_opened_with_the_person_and_the_reading_is_in_the_access_log() {
        PageVisitor staff = loggedIn();

        HttpResponse<String> form = staff.get(FORM);
        HttpResponse<String> opened = staff.post(FORM, "/ui/arenden/nytt", person(Canaries.PERSONNUMMER));

        assertThat(form.body()).contains("id=\"person.identityNumber\"").contains("id=\"person.givenName\"")
                .contains("Dokumenteras på individnivå");
        assertThat(opened.statusCode()).isEqualTo(303);
        String caseCode = opened.headers().firstValue("Location").orElseThrow().substring("/ui/arenden/".length());
        assertThat(db.rows("SELECT given_name, family_name, identity_number FROM case_person WHERE case_code = ?",
                caseCode)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("given_name", Canaries.GIVEN_NAME).containsEntry("family_name", Canaries.FAMILY_NAME)
                .containsEntry("identity_number", "191212121212"));
        assertThat(db.rows("SELECT action FROM audit_log WHERE case_code = ?", caseCode))
                .extracting(row -> row.get("action")).containsExactly("CREATE");
    }

    @Test
    void an_invalid_personnummer_is_refused_by_its_field_and_kept_in_it_but_never_in_a_message() {
        PageVisitor staff = loggedIn();
        long before = db.count("case_file");

        HttpResponse<String> refused = staff.post(FORM, "/ui/arenden/nytt", person(Canaries.INVALID_PERSONNUMMER));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#person.identityNumber\"")
                .contains("id=\"person.identityNumber-fel\"")
                .contains("value=\"" + Canaries.INVALID_PERSONNUMMER + "\"").contains("value=\"" + Canaries.GIVEN_NAME
                        + "\"");
        String summary = refused.body().substring(refused.body().indexOf("felsammanfattning"),
                refused.body().indexOf("</div>", refused.body().indexOf("felsammanfattning")));
        assertThat(summary).doesNotContain(Canaries.INVALID_PERSONNUMMER).doesNotContain("19850101");
        assertThat(db.count("case_file")).isEqualTo(before);
    }

    @Test
    void a_child_under_fifteen_by_the_personnummer_gets_the_consent_step_with_a_guardian_and_then_the_case() {
        PageVisitor staff = loggedIn();
        String child = Canaries.personnummer(12, "FEMALE", 1);
        Map<String, String> fields = person(child);
        fields.put("startDate", Canaries.CASE_START.toString());

        HttpResponse<String> withoutConsent = staff.post(FORM, "/ui/arenden/nytt", fields);
        fields.put("guardianConsentGiven", "ja");
        HttpResponse<String> withoutGuardian = staff.post(FORM, "/ui/arenden/nytt", fields);
        fields.put("guardians.name", Canaries.GUARDIAN_NAME);
        HttpResponse<String> opened = staff.post(FORM, "/ui/arenden/nytt", fields);

        assertThat(withoutConsent.statusCode()).isEqualTo(422);
        assertThat(withoutConsent.body()).contains("href=\"#guardianConsentGiven\"")
                .contains("name=\"guardians.name\"").contains("Vårdnadshavares samtycke");
        assertThat(withoutGuardian.statusCode()).isEqualTo(422);
        assertThat(withoutGuardian.body()).contains("href=\"#guardians\"").contains("id=\"guardians\"");
        assertThat(opened.statusCode()).isEqualTo(303);
        String caseCode = opened.headers().firstValue("Location").orElseThrow().substring("/ui/arenden/".length());
        assertThat(db.rows("SELECT name FROM case_guardian WHERE case_code = ?", caseCode))
                .extracting(row -> row.get("name")).containsExactly(Canaries.GUARDIAN_NAME);
    }

    @Test
    void an_aktualisering_needs_the_persons_consent_and_then_goes_to_the_kommun_with_a_confirmation() {
        PageVisitor staff = loggedIn();
        String page = AKTUALISERING + "?insats=minimaria-a-cra&villkor=MIN_AGE&kommun=2380";
        long before = db.count("aktualisering");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("insats", "minimaria-a-cra");
        fields.put("unmetConditions", "MIN_AGE");
        fields.put("kommun", "2380");
        fields.put("person.givenName", Canaries.GIVEN_NAME);
        fields.put("person.familyName", Canaries.FAMILY_NAME);
        fields.put("person.phone", Canaries.PHONE);

        HttpResponse<String> form = staff.get(page);
        HttpResponse<String> withoutConsent = staff.post(page, AKTUALISERING, fields);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("A-CRA (3.3): ålder").contains("value=\"2380\" selected")
                .contains("name=\"consentGiven\"").as("the least identity: no address, e-mail or guardian")
                .doesNotContain("person.address").doesNotContain("person.email").doesNotContain("guardians");
        assertThat(withoutConsent.statusCode()).isEqualTo(422);
        assertThat(withoutConsent.body()).contains("href=\"#consentGiven\"").contains("Personens samtycke")
                .contains("value=\"" + Canaries.FAMILY_NAME + "\"");
        assertThat(db.count("aktualisering")).isEqualTo(before);

        fields.put("consentGiven", "ja");
        HttpResponse<String> registered = staff.post(page, AKTUALISERING, fields);

        assertThat(registered.statusCode()).isEqualTo(303);
        assertThat(registered.headers().firstValue("Location")).hasValue("/ui/arenden/nytt");
        assertThat(db.rows("SELECT kommun, insats, unmet_conditions, family_name FROM aktualisering"))
                .hasSize((int) before + 1).anySatisfy(row -> assertThat(row).containsEntry("kommun", "2380")
                        .containsEntry("insats", "minimaria-a-cra").containsEntry("unmet_conditions", "MIN_AGE")
                        .containsEntry("family_name", Canaries.FAMILY_NAME));
        assertThat(staff.get("/ui/arenden/nytt").body()).contains("Aktualiseringen är registrerad.");
    }

    @Test
    void no_aktualisering_is_offered_for_an_insats_documented_without_identity() {
        PageVisitor staff = loggedIn();

        HttpResponse<String> page = staff.get(AKTUALISERING + "?insats=minimaria-aterfallsprevention&villkor=MIN_AGE");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("dokumenteras på individnivå").doesNotContain("person.givenName")
                .doesNotContain("name=\"consentGiven\"");
    }

    @Test
    void another_units_login_cannot_see_or_register_an_aktualisering() {
        PageVisitor other = new PageVisitor(base());
        other.logIn("anna-cmv", "cmv", "STAFF");
        long before = db.count("aktualisering");

        HttpResponse<String> page = other.get(AKTUALISERING + "?insats=minimaria-a-cra&villkor=MIN_AGE");
        HttpResponse<String> posted = other.post(FORM, AKTUALISERING, Map.of("insats", "minimaria-a-cra",
                "unmetConditions", "MIN_AGE", "kommun", "2380", "consentGiven", "ja",
                "person.givenName", Canaries.GIVEN_NAME, "person.familyName", Canaries.FAMILY_NAME));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(db.count("aktualisering")).isEqualTo(before);
    }

    private static Map<String, String> person(String identityNumber) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("insats", "minimaria-a-cra");
        fields.put("kommun", "2380");
        fields.put("person.identityNumber", identityNumber);
        fields.put("person.givenName", Canaries.GIVEN_NAME);
        fields.put("person.familyName", Canaries.FAMILY_NAME);
        fields.put("person.phone", Canaries.PHONE);
        return fields;
    }

    private PageVisitor loggedIn() {
        PageVisitor staff = new PageVisitor(base());
        staff.logIn("bo-minimaria", "minimaria", "STAFF");
        return staff;
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
