package se.jamtland.eligibility.decision;

import org.junit.jupiter.api.Test;
import se.jamtland.eligibility.CatalogFixture;
import se.jamtland.events.DocumentationRegime;
import se.jamtland.eligibility.catalog.LegalGender;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class DecidingEligibilityTest {

    private static final LocalDate AUTUMN_2025 = LocalDate.of(2025, 9, 15);

    private final DecidingEligibility deciding = CatalogFixture.deciding();

    @Test
    void a_referral_quotes_the_bilagas_own_words_for_each_unmet_villkor() {
        EligibilityDecision decision = deciding.decide(
                new EligibilityCheckCommand("cmv-gruppverksamhet", 17, LegalGender.MALE, AUTUMN_2025));

        assertThat(decision.unmetConditions()).extracting(UnmetCondition::description)
                .containsExactly("18 år och uppåt", "Kvinna i juridisk mening");
    }

    @Test
    void the_decision_carries_the_documentation_regime_and_its_legal_reference() {
        EligibilityDecision decision = deciding.decide(
                new EligibilityCheckCommand("minimaria-a-cra", 30, null, AUTUMN_2025));

        assertThat(decision.documentation().regime()).isEqualTo(DocumentationRegime.INDIVIDUAL);
        assertThat(decision.documentation().legalReference()).isEqualTo("14 kap. 3 § socialtjänstlagen (2025:400)");
    }

    @Test
    void the_target_group_is_shown_with_the_reason_it_was_not_evaluated() {
        EligibilityDecision decision = deciding.decide(
                new EligibilityCheckCommand("minimaria-a-cra", 30, null, AUTUMN_2025));

        assertThat(decision.targetGroup()).contains("13 – 21 år");
        assertThat(decision.targetGroupNote()).contains("egen upplevelse").contains("nekas");
    }

    @Test
    void a_gender_villkor_without_legal_gender_is_a_422_naming_the_missing_field() {
        assertThatThrownBy(() -> deciding.decide(
                new EligibilityCheckCommand("cmv-gruppverksamhet", 34, null, AUTUMN_2025)))
                .asInstanceOf(type(ProblemException.class))
                .extracting(ProblemException::problem)
                .satisfies(problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.errors()).extracting(Problem.FieldProblem::pointer)
                            .containsExactly("#/legalGender");
                });
    }

    @Test
    void an_age_villkor_without_age_is_a_422_naming_the_missing_field() {
        assertThatThrownBy(() -> deciding.decide(
                new EligibilityCheckCommand("cmv-gruppverksamhet", null, null, AUTUMN_2025)))
                .asInstanceOf(type(ProblemException.class))
                .extracting(exception -> exception.problem().errors())
                .asList()
                .extracting("pointer")
                .containsExactly("#/age", "#/legalGender");
    }

    @Test
    void an_unknown_insats_is_a_404() {
        assertThatThrownBy(() -> deciding.decide(new EligibilityCheckCommand("cmv-okand", 30, null, AUTUMN_2025)))
                .asInstanceOf(type(ProblemException.class))
                .extracting(exception -> exception.problem().status())
                .isEqualTo(404);
    }

    @Test
    void an_insats_left_out_of_a_later_catalog_is_unknown_from_its_date() {
        assertThat(deciding.decide(new EligibilityCheckCommand("cmv-kast", 30, null, LocalDate.of(2025, 12, 31)))
                .outcome()).isEqualTo(Outcome.ELIGIBLE);

        assertThatThrownBy(() -> deciding.decide(
                new EligibilityCheckCommand("cmv-kast", 30, null, LocalDate.of(2026, 1, 1))))
                .asInstanceOf(type(ProblemException.class))
                .extracting(exception -> exception.problem().status())
                .isEqualTo(404);
    }

    @Test
    void a_question_about_the_day_before_the_bilaga_took_effect_has_no_catalog_to_decide_by() {
        assertThatThrownBy(() -> deciding.decide(
                new EligibilityCheckCommand("cmv-kast", 30, null, LocalDate.of(2025, 6, 30))))
                .asInstanceOf(type(ProblemException.class))
                .extracting(ProblemException::problem)
                .satisfies(problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.detail()).contains("2025-07-01");
                });
    }

    @Test
    void without_a_date_the_question_is_decided_by_todays_catalog() {
        EligibilityDecision decision = deciding.decide(new EligibilityCheckCommand("cmv-kast", 30, null, null));

        assertThat(decision.catalogVersion()).isEqualTo("2025-07-01");
    }
}
