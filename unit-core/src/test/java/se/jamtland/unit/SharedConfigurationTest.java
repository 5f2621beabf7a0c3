package se.jamtland.unit;

import org.junit.jupiter.api.Test;
import se.jamtland.access.SecuredServiceEnvironment;
import se.jamtland.testsupport.EffectiveConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** What every unit service runs with from unit-core, before a unit's own application.yml adds to it. */
class SharedConfigurationTest {

    @Test
    void a_unit_service_verifies_tokens_with_the_shared_secured_configuration() {
        try (EffectiveConfiguration configuration = EffectiveConfiguration.of(UnitApplication.ENVIRONMENT)) {
            assertThat(configuration.activeEnvironments()).contains(SecuredServiceEnvironment.NAME);
            assertThat(configuration.text("micronaut.security.token.jwt.claims-validators.not-before"))
                    .isEqualTo("true");
            assertThat(configuration.text("micronaut.serde.deserialization.ignore-unknown")).isEqualTo("false");
            assertThat(configuration.text("endpoints.health.enabled")).isEqualTo("true");
        }
    }

    @Test
    void the_shared_intake_limit_names_only_the_routes_every_unit_has() {
        try (EffectiveConfiguration configuration = EffectiveConfiguration.of(UnitApplication.ENVIRONMENT)) {
            assertThat(configuration.list("rate-limits.intake.paths"))
                    .containsExactly("/cases", "/advisory-contacts");
            assertThat(configuration.list("rate-limits.intake.methods")).containsExactly("POST");
            assertThat(configuration.text("rate-limits.intake.per-second")).isEqualTo("30");
            assertThat(configuration.text("rate-limits.intake.burst")).isEqualTo("60");
        }
    }
}
