package se.jamtland.unit.metrics;

import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import se.jamtland.testsupport.EffectiveConfiguration;
import se.jamtland.unit.UnitApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a unit's management endpoints listen (issue 16 §2), read from the configuration without starting it. */
class ManagementPortTest {

    @Test
    void in_production_the_management_endpoints_listen_on_9090_unless_the_environment_names_another_port() {
        try (EffectiveConfiguration production = EffectiveConfiguration.of(UnitApplication.ENVIRONMENT)) {
            assertThat(production.activeEnvironments()).doesNotContain(Environment.TEST);
            assertThat(production.text("endpoints.all.port")).isEqualTo("9090");
            assertThat(production.text("endpoints.health.details-visible")).isEqualTo("NEVER");
            assertThat(production.text("endpoints.prometheus.enabled")).isEqualTo("true");
        }
    }

    @Test
    void in_the_tests_they_stay_on_the_service_port_so_test_jvms_never_contend_for_one_port() {
        try (EffectiveConfiguration test = EffectiveConfiguration.of(UnitApplication.ENVIRONMENT, Environment.TEST)) {
            assertThat(test.text("endpoints.all.port")).isNull();
        }
    }
}
