package se.jamtland.unit.advisory.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.testing.UnitServiceTestBase;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Registrera kontakt" over HTTP (issue 13), at Centrum mot våld, whose two ADVISORY insatser make the form two
 * steps without JavaScript: the insats, then a form with only its channels. What a browser cannot show is checked
 * here: statuses, the CSRF check, what is written and what a refused form keeps and never says.
 */
@MicronautTest(environments = "unit", transactional = false)
class ContactFormIT extends UnitServiceTestBase {

    private static final String FORM = "/ui/kontakter/ny";
    private static final List<String> TOPICS = List.of("VALD_I_NARA_RELATION", "ANHORIG");

    @Inject
    EmbeddedServer server;

    private PageVisitor anna;

    ContactFormIT() {
        super("cmv", "unit_core_contact_form");
    }

    @BeforeEach
    void logIn() {
        anna = new PageVisitor("http://localhost:" + server.getPort());
        anna.logIn("anna-cmv", "cmv", "STAFF");
    }

    @Test
    void the_first_step_offers_the_units_advisory_insatser_and_none_of_its_cases() {
        HttpResponse<String> page = anna.get(FORM);

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("input[type=radio][name=insats]").eachAttr("value"))
                .containsExactly("cmv-informationssamtal", "cmv-gruppverksamhet");
        assertThat(html.select("form[method=get][action=/ui/kontakter/ny] button").text()).isEqualTo("Fortsätt");
        assertThat(page.body()).doesNotContain("Samtal om våld");
    }

    @Test
    void the_contact_form_of_an_insats_offers_its_channels_and_asks_who_asked() {
        Document html = Jsoup.parse(anna.get(FORM + "?insats=cmv-informationssamtal").body());

        assertThat(html.select("input[type=hidden][name=insats]").attr("value")).isEqualTo("cmv-informationssamtal");
        assertThat(html.select("input[name=channel]").eachAttr("value"))
                .containsExactly("PHONE", "CHAT", "VISIT", "VIDEO", "DIGITAL");
        assertThat(html.select("input[name=askedBy]").eachAttr("value"))
                .containsExactly("SELF", "RELATIVE", "PROFESSIONAL", "OTHER");
        assertThat(html.select("select#kommun option").eachText()).hasSize(10)
                .contains("Östersund", "Ragunda", "Bräcke", "Krokom", "Strömsund", "Åre", "Berg", "Härjedalen");
        assertThat(html.select("input[name=age]")).as("no villkor, so no age").isEmpty();
        assertThat(html.select("button[type=submit]").last().text()).isEqualTo("Registrera kontakten");
    }

    @Test
    void gruppverksamhet_asks_the_age_and_legal_gender_its_villkor_need_and_shows_the_villkor_as_information() {
        Document html = Jsoup.parse(anna.get(FORM + "?insats=cmv-gruppverksamhet").body());

        assertThat(html.select("input#age")).hasSize(1);
        assertThat(html.select("input[name=legalGender]").eachAttr("value")).containsExactly("FEMALE", "MALE");
        assertThat(html.select(".notice").text()).contains("18 år och uppåt").contains("Kvinna i juridisk mening");
    }

    @Test
    void an_insats_that_is_no_advisory_insats_of_this_unit_is_refused_without_repeating_it() {
        HttpResponse<String> page = anna.get(FORM + "?insats=cmv-samtal-om-vald");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Välj en av insatserna i listan.").doesNotContain("cmv-samtal-om-vald");
    }

    @Test
    void a_contact_registered_lands_on_the_start_page_with_the_confirmation_and_is_stored_with_its_categories() {
        long before = db.count("advisory_contact");

        HttpResponse<String> sent = send(FORM + "?insats=cmv-informationssamtal", contact(Map.of()));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/");
        HttpResponse<String> start = anna.get("/");
        assertThat(start.body()).contains("Kontakten är registrerad.");
        assertThat(db.count("advisory_contact")).isEqualTo(before + 1);
        Map<String, Object> row = db.rows("SELECT * FROM advisory_contact ORDER BY id DESC LIMIT 1").get(0);
        assertThat(row).containsEntry("insats", "cmv-informationssamtal").containsEntry("channel", "PHONE")
                .containsEntry("asked_by", "RELATIVE").containsEntry("age_band", "30-49")
                .containsEntry("gender", "female").containsEntry("kommun", "2380")
                .containsEntry("topic_codes", "VALD_I_NARA_RELATION,ANHORIG");
        assertThat(anna.get("/").body()).as("the confirmation is shown once").doesNotContain("Kontakten är registrerad.");
    }

    @Test
    void a_form_without_a_channel_comes_back_with_the_error_by_the_field_and_everything_typed_kept() {
        long before = db.count("advisory_contact");
        Map<String, String> fields = contact(Map.of());
        fields.remove("channel");

        HttpResponse<String> page = send(FORM + "?insats=cmv-informationssamtal", fields);

        assertThat(page.statusCode()).isEqualTo(422);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select(".error-summary a[href=#channel]").text()).isEqualTo("Välj hur kontakten togs.");
        assertThat(html.select("#channel-fel").text()).isEqualTo("Välj hur kontakten togs.");
        assertThat(html.select("input#channel").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("fieldset[aria-describedby=channel-fel]")).hasSize(1);
        assertThat(html.select("input[name=askedBy][checked]").attr("value")).isEqualTo("RELATIVE");
        assertThat(html.select("select#kommun option[selected]").attr("value")).isEqualTo("2380");
        assertThat(html.select("input[name=topicCodes][checked]").eachAttr("value"))
                .containsExactly("VALD_I_NARA_RELATION", "ANHORIG");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void a_personnummer_as_visitor_code_is_refused_by_the_identity_guard_with_the_reason_by_the_field_never_the_value() {
        long before = db.count("advisory_contact");
        String personnummer = "19850312-2384";

        HttpResponse<String> page = send(FORM + "?insats=cmv-informationssamtal", contact(Map.of("visitorCode", personnummer)));

        assertThat(page.statusCode()).isEqualTo(422);
        Document html = Jsoup.parse(page.body());
        Element reason = html.selectFirst("#visitorCode-fel");
        assertThat(reason).isNotNull();
        assertThat(reason.text()).startsWith("Innehåller").doesNotContain(personnummer).doesNotContain("850312");
        assertThat(html.select(".error-summary").text()).doesNotContain(personnummer).doesNotContain("850312")
                .contains("Inget har sparats");
        assertThat(html.select("input#visitorCode").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("input#visitorCode").attr("value")).as("kept where it was typed, so nothing is lost")
                .isEqualTo(personnummer);
        assertThat(page.body().split(personnummer, -1)).as("only in its own field").hasSize(2);
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void a_villkor_not_met_says_to_refer_the_person_to_the_needs_assessment_by_the_field_it_is_about() {
        long before = db.count("advisory_contact");

        HttpResponse<String> page = send(FORM + "?insats=cmv-gruppverksamhet", contact(Map.of("insats", "cmv-gruppverksamhet", "age", "16", "legalGender", "FEMALE")));

        assertThat(page.statusCode()).isEqualTo(422);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select(".error-summary").text()).contains("biståndsbedömning");
        assertThat(html.select("#age-fel").text()).contains("18 år och uppåt");
        assertThat(html.select("input#age").attr("value")).isEqualTo("16");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void a_number_that_is_no_number_is_named_by_its_field_and_nothing_is_written() {
        long before = db.count("advisory_contact");

        HttpResponse<String> page = send(FORM + "?insats=cmv-informationssamtal", contact(Map.of("durationMinutes", "en kvart")));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(page.body()).select("#durationMinutes-fel").text())
                .isEqualTo("Ange antal minuter med siffror.");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void a_contact_posted_without_the_sessions_csrf_token_is_refused_and_nothing_is_written() {
        long before = db.count("advisory_contact");

        HttpResponse<String> forged = anna.postRaw(FORM, PageVisitor.form(contact(Map.of())));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Formuläret kunde inte skickas");
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    @Test
    void a_login_of_another_unit_is_refused_the_form_and_cannot_post_a_contact_here() {
        PageVisitor bo = new PageVisitor("http://localhost:" + server.getPort());
        bo.logIn("bo-minimaria", "minimaria", "STAFF");
        long before = db.count("advisory_contact");

        HttpResponse<String> form = bo.get(FORM);
        HttpResponse<String> post = bo.postRaw(FORM, PageVisitor.form(contact(Map.of())));

        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Du har inte tillgång till den här sidan").doesNotContain("Informationssamtal");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(db.count("advisory_contact")).isEqualTo(before);
    }

    /** A contact as the form sends it; {@code more} replaces or adds fields. */
    private static Map<String, String> contact(Map<String, String> more) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("insats", "cmv-informationssamtal");
        fields.put("channel", "PHONE");
        fields.put("askedBy", "RELATIVE");
        fields.put("ageBand", "30-49");
        fields.put("gender", "female");
        fields.put("kommun", "2380");
        fields.putAll(more);
        return fields;
    }

    /**
     * The form as the browser posts it from {@code fromPage}: its fields, the two topics ticked (a checkbox list
     * repeats its name) and the session's CSRF token.
     */
    private HttpResponse<String> send(String fromPage, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", anna.csrfOf(fromPage));
        return anna.postRaw(FORM, PageVisitor.form(all) + TOPICS.stream().map(topic -> "&topicCodes=" + topic)
                .collect(Collectors.joining()));
    }
}
