package se.jamtland.eligibility.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.jamtland.events.Channel;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogFileReaderTest {

    /** A catalog's fields before its insatser; CatalogSchemaTest builds on it too. */
    static final String HEADER = """
            version: "2030-01-01"
            validFrom: "2030-01-01"
            title: "Test"
            guardianConsent: { requiredBelowAge: 15, reference: "Bilaga", text: "Samtycke under 15 år.",
                               guardianSecrecyBelowAge: 18, guardianSecrecyReference: "Bilaga" }
            targetGroupNote: "Prövas inte."
            insatser:
            """;

    private static String insats(String id, String unit, String conditions, String documentation) {
        return """
                  - id: %s
                    unit: %s
                    section: "9.9"
                    name: "Testinsats"
                    targetGroup: "Alla"
                    content: "Samtal"
                    conditions: %s
                    documentation: %s
                """.formatted(id, unit, conditions, documentation);
    }

    private static final String ADVISORY =
            "{ regime: ADVISORY, legalReference: \"14 kap. 4 § socialtjänstlagen (2025:400)\" }";

    private static Catalog read(String yaml) {
        return new CatalogFileReader().read("catalog/test.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_valid_file_is_read_with_its_date_and_villkor() {
        Catalog catalog = read(HEADER + insats("cmv-test", "cmv",
                "[{ type: MIN_AGE, minAge: 15, description: \"15 år och uppåt\" }]", ADVISORY));

        assertThat(catalog.validFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(catalog.insats("cmv-test").orElseThrow().conditions())
                .containsExactly(Condition.minimumAge(15, "15 år och uppåt"));
    }

    @Test
    void an_unknown_unit_fails_naming_the_file_and_entry() {
        assertThatThrownBy(() -> read(HEADER + insats("x-test", "socialkontoret", "[]", ADVISORY)))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("catalog/test.yaml")
                .hasMessageContaining("insatser[1] (x-test)")
                .hasMessageContaining("unknown unit 'socialkontoret'");
    }

    @Test
    void a_duplicate_id_fails_naming_the_second_entry() {
        assertThatThrownBy(() -> read(HEADER + insats("cmv-test", "cmv", "[]", ADVISORY)
                + insats("cmv-test", "cmv", "[]", ADVISORY)))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("insatser[2]")
                .hasMessageContaining("duplicate id 'cmv-test'");
    }

    @Test
    void a_regime_without_legal_reference_fails() {
        assertThatThrownBy(() -> read(HEADER + insats("cmv-test", "cmv", "[]", "{ regime: DEIDENTIFIED }")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("(cmv-test).documentation")
                .hasMessageContaining("missing 'legalReference'");
    }

    @Test
    void a_legal_reference_citing_another_paragraph_than_the_regime_fails() {
        assertThatThrownBy(() -> read(HEADER + insats("cmv-test", "cmv", "[]",
                "{ regime: DEIDENTIFIED, legalReference: \"14 kap. 4 § socialtjänstlagen (2025:400)\" }")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("does not cite 14 kap. 5 §");
    }

    @Test
    void an_unknown_villkor_type_fails() {
        assertThatThrownBy(() -> read(HEADER + insats("cmv-test", "cmv",
                "[{ type: BOR_I_KOMMUNEN, description: \"Folkbokförd i länet\" }]", ADVISORY)))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("(cmv-test).conditions[1]")
                .hasMessageContaining("unknown value 'BOR_I_KOMMUNEN'");
    }

    @Test
    void an_age_villkor_without_an_age_fails() {
        assertThatThrownBy(() -> read(HEADER + insats("cmv-test", "cmv",
                "[{ type: MIN_AGE, description: \"15 år och uppåt\" }]", ADVISORY)))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("missing 'minAge'");
    }

    @Test
    void an_age_villkor_with_text_for_an_age_fails() {
        assertThatThrownBy(() -> read(HEADER + insats("cmv-test", "cmv",
                "[{ type: MIN_AGE, minAge: femton, description: \"15 år och uppåt\" }]", ADVISORY)))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("'minAge' must be a whole number");
    }

    @Test
    void a_misspelt_field_fails_instead_of_being_ignored() {
        assertThatThrownBy(() -> read(HEADER + insats("cmv-test", "cmv", "[]", ADVISORY)
                .replace("conditions:", "villkor:")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("unknown field 'villkor'");
    }

    @Test
    void a_file_that_is_not_yaml_fails_naming_the_file() {
        assertThatThrownBy(() -> read("insatser: [ { id: "))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("catalog/test.yaml is not valid YAML");
    }

    /** An insats with extra fields (YAML flow mappings, one per line, indented as an insats field). */
    private static String insatsWith(String id, String unit, String... fields) {
        StringBuilder extra = new StringBuilder();
        for (String field : fields) {
            extra.append("    ").append(field).append('\n');
        }
        return insats(id, unit, "[]", ADVISORY) + extra;
    }

    @Test
    void channels_links_window_and_plan_are_read_with_their_references() {
        Catalog catalog = read(HEADER
                + insatsWith("cmv-a", "cmv",
                        "channels: { allowed: [DIGITAL, VISIT], basis: \"digitalt\", reference: \"Avsnitt 2.5\" }",
                        "sessionPlan: { text: \"Upp till 20 samtal\", maxSessions: 20, reference: \"Avsnitt 2.4\" }")
                + insatsWith("cmv-b", "cmv",
                        "caseLinks: { mayLinkTo: [cmv-a], basis: \"sökt insatsen\", reference: \"Avsnitt 2.6\" }",
                        "interviewWindow: { latestDaysAfter: 0, basis: \"i samband med\", reference: \"Avsnitt 5.1\" }"));

        Insats a = catalog.insats("cmv-a").orElseThrow();
        Insats b = catalog.insats("cmv-b").orElseThrow();
        assertThat(a.channels()).isEqualTo(new Channels(List.of(Channel.DIGITAL, Channel.VISIT), "digitalt", "Avsnitt 2.5"));
        assertThat(a.sessionPlan().reference()).isEqualTo("Avsnitt 2.4");
        assertThat(b.caseLinks()).isEqualTo(new CaseLinks(List.of("cmv-a"), "sökt insatsen", "Avsnitt 2.6"));
        assertThat(b.interviewWindow()).isEqualTo(new InterviewWindow(0, "i samband med", "Avsnitt 5.1"));
        assertThat(b.channels()).isNull();
    }

    @Test
    void an_unknown_channel_fails_naming_the_insats_and_field() {
        assertThatThrownBy(() -> read(HEADER + insatsWith("cmv-test", "cmv",
                "channels: { allowed: [DIGITAL, FAX], basis: \"b\", reference: \"r\" }")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("(cmv-test).channels")
                .hasMessageContaining("'allowed' has unknown value 'FAX'")
                .extracting(e -> ((InvalidCatalogException) e).swedishMessage()).asString()
                .contains("(cmv-test).channels").contains("okända värdet 'FAX'");
    }

    @Test
    void a_link_to_an_insats_of_another_unit_fails() {
        assertThatThrownBy(() -> read(HEADER + insats("minimaria-a", "minimaria", "[]", ADVISORY)
                + insatsWith("cmv-test", "cmv",
                        "caseLinks: { mayLinkTo: [minimaria-a], basis: \"b\", reference: \"r\" }")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("insatser[2] (cmv-test)")
                .hasMessageContaining("caseLinks.mayLinkTo names 'minimaria-a' of unit minimaria");
    }

    @Test
    void a_link_to_an_insats_not_in_the_catalog_fails() {
        assertThatThrownBy(() -> read(HEADER + insatsWith("cmv-test", "cmv",
                "caseLinks: { mayLinkTo: [cmv-finns-inte], basis: \"b\", reference: \"r\" }")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("(cmv-test)")
                .hasMessageContaining("'cmv-finns-inte', which is not an insats of this catalog");
    }

    @Test
    void a_window_ending_before_the_barnforhor_fails() {
        assertThatThrownBy(() -> read(HEADER + insatsWith("barnahus-test", "barnahus",
                "interviewWindow: { latestDaysAfter: -1, basis: \"b\", reference: \"r\" }")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("(barnahus-test).interviewWindow")
                .hasMessageContaining("'latestDaysAfter' must be a whole number from 0");
    }

    @ParameterizedTest(name = "{0} without its reference fails")
    @CsvSource(delimiter = '|', textBlock = """
            channels        | channels: { allowed: [PHONE], basis: "b" }
            caseLinks       | caseLinks: { mayLinkTo: [cmv-test], basis: "b" }
            interviewWindow | interviewWindow: { latestDaysAfter: 1, basis: "b" }
            sessionPlan     | sessionPlan: { text: "5 samtal", maxSessions: 5 }
            """)
    void a_rule_without_its_reference_fails_naming_the_insats_and_field(String field, String yaml) {
        assertThatThrownBy(() -> read(HEADER + insatsWith("cmv-test", "cmv", yaml)))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("(cmv-test)." + field)
                .hasMessageContaining("missing 'reference'");
    }

    @Test
    void a_consent_age_marked_as_an_inference_must_say_what_it_rests_on() {
        assertThatThrownBy(() -> read(HEADER.replace("text: \"Samtycke under 15 år.\"",
                "text: \"Samtycke under 15 år.\", inference: true") + insats("cmv-test", "cmv", "[]", ADVISORY)))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("guardianConsent")
                .hasMessageContaining("missing 'basis'");
    }

    @Test
    void two_catalogs_valid_from_the_same_day_are_refused() {
        Catalog first = read(HEADER + insats("cmv-test", "cmv", "[]", ADVISORY));

        assertThatThrownBy(() -> new CatalogVersions(List.of(first, first)))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("2030-01-01");
    }
}
