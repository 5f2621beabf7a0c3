package se.jamtland.unit.advisory.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.UnitApplication;
import se.jamtland.unit.testing.UnitServiceTestBase;
import se.jamtland.unit.testing.UnitTestProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity rule (issue 13, "Done when"; 14 kap. 4 § SoL): no form of an ADVISORY insats has an input for who
 * the person is. Every contact form variant is rendered, one per ADVISORY insats of each unit unit-core's tests
 * run (Centrum mot våld here, Mini-Maria beside it), the insatser read from the form's own first step so a new
 * one in the catalog is tested too, and with every field's error shown, since a refused form must not grow one.
 * An input is an identity input when its name, id, autocomplete, type or label says name, personnummer, address,
 * phone or e-mail.
 */
@MicronautTest(environments = "unit", transactional = false)
class ContactFormsHaveNoIdentityIT extends UnitServiceTestBase {

    private static final String FORM = "/ui/kontakter/ny";
    /** Words of an identity field, in the code's English and in Swedish, as a name, an id or a label has them. */
    private static final Pattern IDENTITY_WORDS = Pattern.compile("name|namn|person.?(nummer|number|nr)|identity"
            + "|identitet|samordningsnummer|ssn|birth|födelse|address|adress|postnummer|postort|phone|telefon|mobil"
            + "|e-?mail|e-?post|mejl");
    /** Autocomplete tokens a browser fills with who someone is (HTML, "autofill"). */
    private static final Set<String> IDENTITY_AUTOCOMPLETE = Set.of("name", "given-name", "family-name",
            "additional-name", "nickname", "email", "tel", "tel-national", "street-address", "address-line1",
            "address-line2", "postal-code", "bday", "username");

    @Inject
    EmbeddedServer cmv;

    private EmbeddedServer minimaria;

    ContactFormsHaveNoIdentityIT() {
        super("cmv", "unit_core_contact_forms_cmv");
    }

    @BeforeAll
    void startMiniMaria() {
        minimaria = ApplicationContext.run(EmbeddedServer.class,
                new java.util.HashMap<String, Object>(UnitTestProperties.forUnit("minimaria",
                        "unit_core_contact_forms_minimaria")),
                UnitApplication.ENVIRONMENT);
    }

    @AfterAll
    void stopMiniMaria() {
        if (minimaria != null) {
            minimaria.getApplicationContext().close();
        }
    }

    @Test
    void no_contact_form_of_centrum_mot_vald_has_an_identity_input() {
        List<String> insatser = everyFormHasNoIdentityInput(cmv, "cmv");

        assertThat(insatser).contains("cmv-informationssamtal", "cmv-gruppverksamhet");
    }

    @Test
    void no_contact_form_of_mini_maria_has_an_identity_input() {
        List<String> insatser = everyFormHasNoIdentityInput(minimaria, "minimaria");

        assertThat(insatser).containsExactly("minimaria-radgivande-samtal");
    }

    @Test
    void the_check_finds_an_identity_input_where_there_is_one() {
        Document form = Jsoup.parse("""
                <form><label for="a">Förnamn</label><input id="a" name="first">
                <input type="tel" name="x"><input name="visitor" autocomplete="email">
                <label for="b">Kanal</label><input id="b" name="channel"></form>""");

        assertThat(identityInputs(form)).containsExactly("#a", "[name=x]", "[name=visitor]");
    }

    /** Renders each ADVISORY insats's form, blank and with every field refused; answers the insatser it found. */
    private List<String> everyFormHasNoIdentityInput(EmbeddedServer server, String unit) {
        PageVisitor staff = new PageVisitor("http://localhost:" + server.getPort());
        staff.logIn("staff-" + unit, unit, "STAFF");
        Document first = Jsoup.parse(staff.get(FORM).body());
        List<String> insatser = first.select("input[type=hidden][name=insats]").isEmpty()
                ? first.select("input[type=radio][name=insats]").eachAttr("value")
                : first.select("input[type=hidden][name=insats]").eachAttr("value");
        assertThat(insatser).as(unit + " has ADVISORY insatser").isNotEmpty();
        assertThat(identityInputs(first)).as(unit + ": the first step").isEmpty();
        for (String insats : insatser) {
            Document blank = Jsoup.parse(staff.get(FORM + "?insats=" + insats).body());
            assertThat(blank.select("form[method=post][action=/ui/kontakter/ny] button[type=submit]").text()).isEqualTo("Registrera kontakten");
            assertThat(identityInputs(blank)).as(insats).isEmpty();
            String refused = staff.post(FORM + "?insats=" + insats, FORM, java.util.Map.of("insats", insats,
                    "durationMinutes", "x", "participantCount", "x", "age", "x", "visitorCode", "ok")).body();
            Document withErrors = Jsoup.parse(refused);
            assertThat(withErrors.select(".error-summary")).as(insats + " refused").hasSize(1);
            assertThat(identityInputs(withErrors)).as(insats + " with its errors").isEmpty();
        }
        return insatser;
    }

    /** Each input, textarea or select that asks who someone is, named by its id or name. */
    static List<String> identityInputs(Document page) {
        List<String> found = new ArrayList<>();
        for (Element input : page.select("input:not([type=hidden]), textarea, select")) {
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            boolean choice = type.equals("radio") || type.equals("checkbox");
            String label = label(page, input);
            boolean identity = type.equals("email") || type.equals("tel")
                    || IDENTITY_AUTOCOMPLETE.contains(input.attr("autocomplete").toLowerCase(Locale.ROOT))
                    || says(input.attr("name")) || says(input.id())
                    // An option's label names a category ("Telefon" as the channel), not a field to fill in.
                    || (!choice && says(label));
            if (identity) {
                found.add(input.id().isEmpty() ? "[name=" + input.attr("name") + "]" : "#" + input.id());
            }
        }
        return found;
    }

    private static String label(Document page, Element input) {
        Element label = input.id().isEmpty() ? null : page.selectFirst("label[for=" + input.id() + "]");
        return label == null ? input.attr("aria-label") : label.text();
    }

    private static boolean says(String text) {
        return IDENTITY_WORDS.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
