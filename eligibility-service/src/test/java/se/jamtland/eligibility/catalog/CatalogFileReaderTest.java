package se.jamtland.eligibility.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogFileReaderTest {

    private static final String HEADER = """
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

    @Test
    void two_catalogs_valid_from_the_same_day_are_refused() {
        Catalog first = read(HEADER + insats("cmv-test", "cmv", "[]", ADVISORY));

        assertThatThrownBy(() -> new CatalogVersions(List.of(first, first)))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("2030-01-01");
    }
}
