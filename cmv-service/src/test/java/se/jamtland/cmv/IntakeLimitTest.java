package se.jamtland.cmv;

import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.EffectiveConfiguration;
import se.jamtland.unit.UnitApplication;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeLimitTest {

    @Test
    void registering_a_group_cycle_spends_the_same_intake_budget_as_a_case() {
        try (EffectiveConfiguration configuration = EffectiveConfiguration.of(UnitApplication.ENVIRONMENT)) {
            assertThat(configuration.list("rate-limits.intake.paths")).containsExactly("/cases", "/advisory-contacts");
            assertThat(configuration.list("rate-limits.intake.more-paths")).containsExactly("/groups");
        }
    }
}
