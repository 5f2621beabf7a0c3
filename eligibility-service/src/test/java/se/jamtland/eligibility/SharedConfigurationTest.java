package se.jamtland.eligibility;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import se.jamtland.runtime.ServiceEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** eligibility-service runs with what every service shares, and stays public: no secured configuration. */
class SharedConfigurationTest {

    @Test
    void eligibility_service_has_the_shared_service_configuration_and_not_the_secured_one() {
        Environment environment = ApplicationContext.builder().deduceEnvironment(false).build().getEnvironment()
                .start();
        try {
            assertThat(environment.getActiveNames()).contains(ServiceEnvironment.NAME).doesNotContain("secured");
            assertThat(environment.getProperty("micronaut.serde.deserialization.ignore-unknown", String.class))
                    .contains("false");
            assertThat(environment.getProperty("endpoints.health.details-visible", String.class)).contains("NEVER");
            assertThat(environment.getProperty("micronaut.security.intercept-url-map[0].pattern", String.class))
                    .contains("/**");
        } finally {
            environment.stop();
        }
    }
}
