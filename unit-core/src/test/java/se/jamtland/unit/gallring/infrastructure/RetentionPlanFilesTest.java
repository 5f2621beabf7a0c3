package se.jamtland.unit.gallring.infrastructure;

import org.junit.jupiter.api.Test;
import se.jamtland.unit.gallring.model.RecordClass;
import se.jamtland.unit.gallring.model.RetentionPlan;
import se.jamtland.unit.gallring.model.RetentionRule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The informationshanteringsplan as shipped: whole, referenced, and honest about what the nämnd has not decided. */
class RetentionPlanFilesTest {

    private final RetentionPlan plan = new RetentionPlan(List.of(
            RetentionPlanFiles.read(RetentionPlanFiles.DEFAULT_FILES)));

    @Test
    void the_plan_has_one_rule_for_every_class_of_record_each_with_its_reference_and_status() {
        RetentionPlan.Version version = plan.inForceOn(LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(version.name()).isEqualTo("2025-07-01");
        assertThat(version.rules()).extracting(RetentionRule::recordClass)
                .containsExactlyInAnyOrder(RecordClass.values());
        assertThat(version.rules()).allSatisfy(rule -> {
            assertThat(rule.reference()).isNotBlank();
            assertThat(rule.status()).isNotBlank();
        });
        // Nothing the nämnd has not confirmed passes for decided: the old law's rule, marked as such.
        assertThat(version.rules()).filteredOn(RetentionRule::appliedByUnits)
                .allSatisfy(rule -> assertThat(rule.status()).isEqualTo("att fastställa av nämnden"));
    }

    @Test
    void only_the_individual_case_rule_keeps_a_research_sample_born_on_the_5th_15th_and_25th() {
        RetentionPlan.Version version = plan.inForceOn(LocalDate.of(2026, 1, 1)).orElseThrow();
        assertThat(version.rules()).filteredOn(rule -> rule.researchSample().isPresent())
                .singleElement().satisfies(rule -> {
                    assertThat(rule.recordClass()).isEqualTo(RecordClass.INDIVIDUAL_CASE);
                    assertThat(rule.researchSample().orElseThrow().birthDays()).containsExactlyInAnyOrder(5, 15, 25);
                    assertThat(rule.researchSample().orElseThrow().reference()).contains("7 kap. 2 § SoF (2001:937)");
                });
        assertThat(Arrays.stream(RecordClass.values()).filter(RecordClass::holdsIdentity))
                .containsExactly(RecordClass.INDIVIDUAL_CASE);
    }

    @Test
    void a_day_before_the_first_plan_has_no_rules_and_nothing_is_gallrad_on_it() {
        assertThat(plan.inForceOn(LocalDate.of(2025, 6, 30))).isEmpty();
    }
}
