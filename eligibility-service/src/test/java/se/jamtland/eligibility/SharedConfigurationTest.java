package se.jamtland.eligibility;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;
import se.jamtland.runtime.ServiceEnvironment;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void a_service_that_read_none_of_its_configuration_files_does_not_start_and_says_why() {
        // As with SnakeYAML missing from the runtime classpath: no application*.yml is read.
        assertThatThrownBy(() -> ApplicationContext.builder().deduceEnvironment(false)
                .overrideConfigLocations("file:target/no-configuration-here/").start())
                .isInstanceOf(BeanInstantiationException.class)
                .hasStackTraceContaining("were not read: is org.yaml:snakeyaml on its runtime classpath?");
    }

    @Test
    void the_service_with_its_configuration_files_read_starts() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                // The issuer is a setting it must be given (issue 16 §1); empty, it is the public side alone.
                .properties(java.util.Map.of("micronaut.server.port", "-1", "security.oidc.issuer", "")).start()) {
            assertThat(context.getProperty("suite.service-configuration", String.class)).contains("shared");
        }
    }
}
