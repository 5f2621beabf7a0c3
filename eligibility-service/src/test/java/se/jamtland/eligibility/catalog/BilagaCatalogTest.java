package se.jamtland.eligibility.catalog;

import se.jamtland.events.DocumentationRegime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import se.jamtland.eligibility.CatalogFixture;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The transcription of Bilaga 1 itself, checked against a second, independent transcription. */
class BilagaCatalogTest {

    private final Catalog bilaga1 = CatalogFixture.bothCatalogs().inForceOn(LocalDate.of(2025, 7, 1)).orElseThrow();

    @Test
    void bilaga_1_has_the_18_insatser_of_the_four_units() {
        Map<String, Long> perUnit = bilaga1.insatser().stream()
                .collect(Collectors.groupingBy(Insats::unit, Collectors.counting()));

        assertThat(bilaga1.insatser()).hasSize(18);
        assertThat(perUnit).containsExactlyInAnyOrderEntriesOf(
                Map.of("cmv", 10L, "minimaria", 6L, "familjeradgivning", 1L, "barnahus", 1L));
        assertThat(bilaga1.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @ParameterizedTest(name = "{0} ({1}) is documented as {3}")
    @CsvFileSource(resources = "/bilaga-regimes.csv", delimiter = ';')
    void every_insats_has_the_unit_section_and_regime_of_its_dokumentation_line(
            String id, String section, String unit, DocumentationRegime regime) {
        Insats insats = bilaga1.insats(id).orElseThrow();

        assertThat(insats.section()).isEqualTo(section);
        assertThat(insats.unit()).isEqualTo(unit);
        assertThat(insats.documentation().regime()).isEqualTo(regime);
        assertThat(insats.documentation().legalReference())
                .isEqualTo(regime.section() + " socialtjänstlagen (2025:400)");
    }

    @Test
    void only_the_insatser_with_a_villkor_in_the_bilaga_have_conditions() {
        Map<String, Integer> conditionCounts = bilaga1.insatser().stream()
                .filter(insats -> !insats.conditions().isEmpty())
                .collect(Collectors.toMap(Insats::id, insats -> insats.conditions().size()));

        assertThat(conditionCounts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "cmv-stodsamtal-vald", 1, "cmv-stodsamtal-heder", 1, "cmv-samtal-om-vald", 1,
                "cmv-samtal-om-vald-ivin", 1, "cmv-partnerkontakt", 1, "cmv-kast", 1, "cmv-anhorigstod", 1,
                "cmv-gruppverksamhet", 2, "familjeradgivning", 1));
    }

    @Test
    void the_consent_lines_of_aterfallsprevention_and_spel_till_friheten_are_notes_not_villkor() {
        assertThat(bilaga1.insats("minimaria-aterfallsprevention").orElseThrow().guardianConsentNote())
                .contains("15 – 17 år");
        assertThat(bilaga1.insats("minimaria-spel-till-friheten").orElseThrow().guardianConsentNote())
                .contains("15 – 17 år");
    }

    @Test
    void the_session_plans_are_those_the_bilaga_gives() {
        assertThat(bilaga1.insats("cmv-samtal-om-vald").orElseThrow().sessionPlan().maxSessions()).isEqualTo(20);
        assertThat(bilaga1.insats("cmv-partnerkontakt").orElseThrow().sessionPlan().plannedSessions()).isEqualTo(5);
        assertThat(bilaga1.insats("cmv-gruppverksamhet").orElseThrow().sessionPlan().plannedSessions()).isEqualTo(10);
        SessionPlan cannabis = bilaga1.insats("minimaria-cannabisprogrammet").orElseThrow().sessionPlan();
        assertThat(cannabis.plannedSessions()).isEqualTo(13);
        assertThat(cannabis.phases()).isEqualTo(3);
        SessionPlan acra = bilaga1.insats("minimaria-a-cra").orElseThrow().sessionPlan();
        assertThat(acra.plannedSessions()).isEqualTo(15);
        assertThat(acra.plannedBoosterSessions()).isEqualTo(3);
        assertThat(bilaga1.insats("minimaria-aterfallsprevention").orElseThrow().sessionPlan().plannedSessions())
                .isEqualTo(10);
        SessionPlan spel = bilaga1.insats("minimaria-spel-till-friheten").orElseThrow().sessionPlan();
        assertThat(spel.plannedSessions()).isEqualTo(8);
        assertThat(spel.plannedFollowUpSessions()).isEqualTo(4);
        assertThat(bilaga1.insats("familjeradgivning").orElseThrow().sessionPlan()).isNull();
    }

    @Test
    void guardian_consent_is_required_below_15_from_2025_07_01() {
        assertThat(bilaga1.guardianConsent().requiredBelowAge()).isEqualTo(15);
    }

    @Test
    void no_catalog_is_in_force_before_2025_07_01() {
        assertThat(CatalogFixture.bothCatalogs().inForceOn(LocalDate.of(2025, 6, 30))).isEmpty();
    }
}
