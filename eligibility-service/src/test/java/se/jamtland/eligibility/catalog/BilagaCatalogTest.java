package se.jamtland.eligibility.catalog;

import se.jamtland.events.Channel;
import se.jamtland.events.DocumentationRegime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import se.jamtland.eligibility.CatalogFixture;

import java.time.LocalDate;
import java.util.List;
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
    void the_consent_age_is_marked_as_an_inference_from_the_guardians_right_to_decide() {
        GuardianConsentRule consent = bilaga1.guardianConsent();

        assertThat(consent.inference()).isTrue();
        assertThat(consent.reference()).contains("Föräldrabalken 6 kap. 11 §").contains("Bilaga 1, avsnitt 1");
        assertThat(consent.basis()).startsWith("Slutsats, inte Bilagans ord").contains("15 och 17 år");
    }

    @Test
    void only_ivin_and_radgivande_samtal_name_their_channels() {
        Map<String, List<Channel>> channels = bilaga1.insatser().stream().filter(insats -> insats.channels() != null)
                .collect(Collectors.toMap(Insats::id, insats -> insats.channels().allowed()));

        assertThat(channels).containsExactlyInAnyOrderEntriesOf(Map.of(
                "cmv-samtal-om-vald-ivin", List.of(Channel.DIGITAL, Channel.VISIT),
                "minimaria-radgivande-samtal", List.of(Channel.PHONE, Channel.CHAT, Channel.VISIT)));
        assertThat(bilaga1.insats("cmv-samtal-om-vald-ivin").orElseThrow().channels().reference())
                .isEqualTo("Bilaga 1, avsnitt 2.5");
        assertThat(bilaga1.insats("minimaria-radgivande-samtal").orElseThrow().channels().basis())
                .contains("per telefon, via chatt eller via fysiskt möte");
    }

    @Test
    void only_partnerkontakt_links_to_another_case_and_only_to_samtal_om_vald() {
        List<Insats> linking = bilaga1.insatser().stream().filter(insats -> insats.caseLinks() != null).toList();

        assertThat(linking).extracting(Insats::id).containsExactly("cmv-partnerkontakt");
        CaseLinks links = linking.get(0).caseLinks();
        assertThat(links.mayLinkTo()).containsExactly("cmv-samtal-om-vald", "cmv-samtal-om-vald-ivin");
        assertThat(links.basis()).contains("sökt insatsen samtal om våld samt samtal om våld IVIN");
        assertThat(links.reference()).isEqualTo("Bilaga 1, avsnitt 2.6");
    }

    @Test
    void a_krissamtal_may_be_recorded_at_most_one_day_after_the_barnforhor() {
        List<Insats> windowed = bilaga1.insatser().stream().filter(insats -> insats.interviewWindow() != null).toList();

        assertThat(windowed).extracting(Insats::id).containsExactly("barnahus-krissamtal");
        InterviewWindow window = windowed.get(0).interviewWindow();
        assertThat(window.latestDaysAfter()).isEqualTo(1);
        assertThat(window.basis()).contains("i samband med att ett barn ska på barnförhör");
        assertThat(window.reference()).startsWith("Bilaga 1, avsnitt 5.1 (tolkning:");
    }

    @Test
    void partnerkontakt_is_five_conversations_both_planned_and_at_most() {
        SessionPlan plan = bilaga1.insats("cmv-partnerkontakt").orElseThrow().sessionPlan();

        assertThat(plan.plannedSessions()).isEqualTo(5);
        assertThat(plan.maxSessions()).isEqualTo(5);
        assertThat(plan.reference()).isEqualTo("Bilaga 1, avsnitt 2.6");
    }

    @Test
    void every_session_plan_names_the_avsnitt_it_stands_in() {
        assertThat(bilaga1.insatser()).filteredOn(insats -> insats.sessionPlan() != null)
                .hasSize(8)
                .allSatisfy(insats -> assertThat(insats.sessionPlan().reference())
                        .isEqualTo("Bilaga 1, avsnitt " + insats.section()));
    }

    @Test
    void familjeradgivning_starts_with_the_bilagas_first_clause() {
        assertThat(bilaga1.insats("familjeradgivning").orElseThrow().content()).startsWith(
                "Socialnämnden ska enligt socialtjänstlagen erbjuda den som begär det familjerådgivning i form av "
                        + "samtal som syftar till att hjälpa par och familjer att bearbeta samlevnadskonflikter.");
    }

    @Test
    void the_ivin_plan_quotes_the_bilaga_and_sets_no_format() {
        SessionPlan plan = bilaga1.insats("cmv-samtal-om-vald-ivin").orElseThrow().sessionPlan();

        assertThat(plan.text()).isEqualTo("Insatsens innehåll består av samma delar som under 2.4 (Samtal om våld)");
        assertThat(plan.maxSessions()).isNull();
        assertThat(bilaga1.insats("cmv-samtal-om-vald-ivin").orElseThrow().content())
                .contains("även kan tillgodoses digitalt").contains("Vanligt förekommande");
    }

    @Test
    void the_2026_test_catalog_changes_ivins_channels_and_the_maximum_of_samtal_om_vald_from_its_date() {
        CatalogVersions versions = CatalogFixture.bothCatalogs();
        Catalog before = versions.inForceOn(LocalDate.of(2025, 12, 31)).orElseThrow();
        Catalog after = versions.inForceOn(LocalDate.of(2026, 1, 1)).orElseThrow();

        assertThat(before.insats("cmv-samtal-om-vald-ivin").orElseThrow().channels().allowed())
                .containsExactly(Channel.DIGITAL, Channel.VISIT);
        assertThat(after.insats("cmv-samtal-om-vald-ivin").orElseThrow().channels().allowed())
                .containsExactly(Channel.DIGITAL, Channel.VISIT, Channel.PHONE);
        assertThat(before.insats("cmv-samtal-om-vald").orElseThrow().sessionPlan().maxSessions()).isEqualTo(20);
        assertThat(after.insats("cmv-samtal-om-vald").orElseThrow().sessionPlan().maxSessions()).isEqualTo(15);
    }

    @Test
    void no_catalog_is_in_force_before_2025_07_01() {
        assertThat(CatalogFixture.bothCatalogs().inForceOn(LocalDate.of(2025, 6, 30))).isEmpty();
    }
}
