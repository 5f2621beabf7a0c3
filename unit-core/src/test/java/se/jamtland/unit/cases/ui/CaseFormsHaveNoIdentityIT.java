package se.jamtland.unit.cases.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.testsupport.RealEligibilityService;
import se.jamtland.testsupport.pages.PageVisitor;
import se.jamtland.unit.UnitApplication;
import se.jamtland.unit.eligibility.CatalogInsats;
import se.jamtland.unit.eligibility.CatalogView;
import se.jamtland.unit.testing.UnitTestProperties;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "done when": no page of a DEIDENTIFIED insats has an identity input (14 kap. 5 § SoL), checked over the
 * pages as rendered, for every unit unit-core's tests run as. For each of the unit's insatser the catalog documents
 * without identity: the form, the villkor's part of it at the ages that show each step (the consent step, the
 * guardian-secrecy banner, nothing more), and the form again after the intake refused it. An INDIVIDUAL insats's
 * form, by contrast, asks for the person, and under 15 for a guardian.
 */
class CaseFormsHaveNoIdentityIT {

    /** Names and autocomplete tokens of inputs that take identity: a name, a number, a way to reach someone. */
    private static final Set<String> IDENTITY_NAMES = Set.of("identitynumber", "personnummer", "givenname",
            "familyname", "name", "phone", "email", "address");
    private static final Set<String> IDENTITY_AUTOCOMPLETE = Set.of("name", "given-name", "family-name", "tel",
            "email", "street-address", "bday");
    private static final Pattern INPUT = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Pattern INSATS_LINK = Pattern.compile("href=\"/ui/arenden/nytt\\?insats=([a-z0-9-]+)\"");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cmv", "minimaria", "familjeradgivning", "barnahus"})
    void no_form_of_a_deidentified_insats_has_an_identity_input_and_an_individual_one_has_them(String unit) {
        Map<String, Object> properties = Map.copyOf(UnitTestProperties.forUnit(unit, "unit_core_case_forms_" + unit));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties,
                UnitApplication.ENVIRONMENT)) {
            String base = "http://localhost:" + server.getPort();
            List<CatalogInsats> catalog = insatserOf(server, unit);
            PageVisitor staff = new PageVisitor(base);
            staff.logIn("anna-" + unit, unit, "STAFF");

            List<String> offered = matches(INSATS_LINK, staff.get("/ui/arenden/nytt").body());
            List<String> takingACase = catalog.stream().filter(InsatsChoice::takesACase).map(CatalogInsats::id)
                    .toList();
            assertThat(offered).as("the choice of insats at %s", unit).containsExactlyInAnyOrderElementsOf(takingACase);

            for (CatalogInsats insats : catalog.stream().filter(InsatsChoice::takesACase).toList()) {
                if (insats.regime() == DocumentationRegime.DEIDENTIFIED) {
                    assertNoIdentityInput(staff, insats.id());
                } else {
                    assertIdentityInputs(staff, insats.id());
                }
            }
        }
    }

    private static void assertNoIdentityInput(PageVisitor staff, String insats) {
        String form = staff.get("/ui/arenden/nytt?insats=" + insats).body();
        assertThat(inputNames(form)).as("the form of %s asks something", insats).contains("age");
        List<String> pages = new ArrayList<>(List.of(form));
        for (int age : List.of(10, 16, 40)) {
            pages.add(staff.get("/ui/arenden/nytt/provning?insats=" + insats + "&age=" + age).body());
        }
        HttpResponse<String> refused = staff.post("/ui/arenden/nytt?insats=" + insats, "/ui/arenden/nytt",
                Map.of("insats", insats, "age", "10"));
        assertThat(refused.statusCode()).as("%s at 10 without consent", insats).isEqualTo(422);
        pages.add(refused.body());
        for (String page : pages) {
            assertThat(identityInputs(page)).as("identity inputs on a page of %s", insats).isEmpty();
        }
    }

    private static void assertIdentityInputs(PageVisitor staff, String insats) {
        String form = staff.get("/ui/arenden/nytt?insats=" + insats).body();
        String underFifteen = staff.get("/ui/arenden/nytt/provning?insats=" + insats + "&age=10").body();

        assertThat(identityInputs(form)).as("the form of %s", insats)
                .contains("person.identityNumber", "person.givenName", "person.familyName");
        assertThat(identityInputs(underFifteen)).as("the consent step of %s", insats).contains("guardians.name");
    }

    /** The names of the inputs that take identity, by their name, type or autocomplete token. */
    static List<String> identityInputs(String html) {
        List<String> found = new ArrayList<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> attributes = attributes(input.group(2));
            String name = attributes.getOrDefault("name", "");
            String last = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            boolean identity = name.startsWith("person.") || name.startsWith("guardians.")
                    || IDENTITY_NAMES.contains(last)
                    || Set.of("tel", "email").contains(attributes.getOrDefault("type", ""))
                    || IDENTITY_AUTOCOMPLETE.contains(attributes.getOrDefault("autocomplete", ""));
            if (identity) {
                found.add(name);
            }
        }
        return found;
    }

    private static List<String> inputNames(String html) {
        List<String> names = new ArrayList<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            names.add(attributes(input.group(2)).getOrDefault("name", ""));
        }
        return names;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new java.util.HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT), attribute.group(2));
        }
        return attributes;
    }

    private static List<String> matches(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher match = pattern.matcher(html);
        while (match.find()) {
            found.add(match.group(1));
        }
        return found;
    }

    /**
     * The unit's insatser as eligibility-service's public catalog has them (no token, no personal data): the catalog
     * decides the regime, not the page.
     */
    private static List<CatalogInsats> insatserOf(EmbeddedServer server, String unit) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RealEligibilityService.url() + "/catalog")).GET()
                .build();
        try {
            String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            return server.getApplicationContext().getBean(JsonMapper.class).readValue(body, CatalogView.class)
                    .insatser().stream().filter(insats -> insats.unit().equals(unit)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
