package se.jamtland.statistics;

import org.junit.jupiter.api.Test;
import se.jamtland.access.SecuredServiceEnvironment;
import se.jamtland.testsupport.EffectiveConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class SharedConfigurationTest {

    @Test
    void statistics_service_verifies_tokens_with_the_shared_secured_configuration_and_limits_its_own_routes() {
        try (EffectiveConfiguration configuration = EffectiveConfiguration.of()) {
            assertThat(configuration.activeEnvironments()).contains(SecuredServiceEnvironment.NAME);
            assertThat(configuration.text("micronaut.security.token.jwt.claims-validators.audience"))
                    .isEqualTo("lansverksamheter");
            assertThat(configuration.text("micronaut.router.static-resources.openapi.mapping"))
                    .isEqualTo("/openapi/**");
            assertThat(configuration.list("rate-limits.statistics.paths"))
                    .containsExactly("/statistics", "/statistics.csv");
        }
    }
}
