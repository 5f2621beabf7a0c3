package se.jamtland.runtime.settings;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredSettingsTest {

    /** No process sets it: the placeholder a file reads it through stays unresolved. */
    private static final String UNSET = "RELEASE_TEST_NEVER_SET_VARIABLE";

    private static RequiredSettings.Check check(Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).build()) {
            Environment environment = context.getEnvironment();
            environment.start();
            return RequiredSettings.check(environment);
        }
    }

    @Test
    void a_placeholder_whose_variable_is_not_set_is_missing_by_that_variable() {
        RequiredSettings.Check check = check(Map.of(
                "suite.required-settings.unit", List.of("micronaut.http.services.eligibility.url"),
                "micronaut.http.services.eligibility.url", "${" + UNSET + "}"));

        assertThat(check.passed()).isFalse();
        assertThat(check.missing()).containsExactly(UNSET);
    }

    @Test
    void a_property_no_file_sets_is_missing_by_the_variable_micronaut_maps_onto_it() {
        RequiredSettings.Check check = check(Map.of(
                "suite.required-settings.unit", List.of("kafka.security.protocol", "visitor-code.key")));

        assertThat(check.missing()).containsExactly("KAFKA_SECURITY_PROTOCOL", "VISITOR_CODE_KEY");
    }

    @Test
    void every_group_counts_and_a_setting_two_groups_require_is_named_once() {
        RequiredSettings.Check check = check(Map.of(
                "suite.required-settings.secured", List.of("security.oidc.issuer"),
                "suite.required-settings.unit", List.of("security.oidc.issuer", "datasources.default.url")));

        assertThat(check.missing()).containsExactlyInAnyOrder("SECURITY_OIDC_ISSUER", "DATASOURCES_DEFAULT_URL");
    }

    @Test
    void a_setting_that_is_given_even_empty_is_not_missing() {
        RequiredSettings.Check check = check(Map.of(
                "suite.required-settings.unit", List.of("datasources.default.url", "datasources.default.password"),
                "datasources.default.url", "jdbc:mariadb://cmv-db:3306/cmv",
                "datasources.default.password", ""));

        assertThat(check.passed()).isTrue();
        assertThat(check.missing()).isEmpty();
    }

    @Test
    void the_message_names_the_missing_variables_and_no_value_that_was_given() {
        RequiredSettings.Check check = check(Map.of(
                "suite.required-settings.unit", List.of("datasources.default.password", "datasources.default.url"),
                "datasources.default.password", "a-planted-password-0000"));

        assertThat(check.message())
                .isEqualTo("Missing settings, the service does not start without them: DATASOURCES_DEFAULT_URL")
                .doesNotContain("a-planted-password-0000");
    }

    @Test
    void a_secret_given_empty_or_blank_is_missing_while_an_empty_password_setting_is_not() {
        RequiredSettings.Check check = check(Map.of(
                "suite.required-settings.unit", List.of("datasources.default.password"),
                "suite.required-secrets.unit", List.of("visitor-code.key", "suite.service-auth.client-secret"),
                "datasources.default.password", "",
                "visitor-code.key", "",
                "suite.service-auth.client-secret", "   "));

        assertThat(check.missing()).containsExactly("VISITOR_CODE_KEY", "SUITE_SERVICE_AUTH_CLIENT_SECRET");
    }

    @Test
    void a_secret_that_holds_a_value_is_not_missing_and_is_never_named_by_it() {
        RequiredSettings.Check check = check(Map.of(
                "suite.required-secrets.unit", List.of("visitor-code.key"),
                "suite.required-settings.unit", List.of("datasources.default.url"),
                "visitor-code.key", "a-planted-visitor-code-key-of-32-bytes"));

        assertThat(check.missing()).containsExactly("DATASOURCES_DEFAULT_URL");
        assertThat(check.message()).doesNotContain("a-planted-visitor-code-key-of-32-bytes");
    }

    @Test
    void a_service_that_declares_nothing_needs_nothing() {
        assertThat(check(Map.of()).passed()).isTrue();
    }
}
