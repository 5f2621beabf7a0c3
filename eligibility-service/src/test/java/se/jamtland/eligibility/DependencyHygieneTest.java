package se.jamtland.eligibility;

import io.micronaut.core.version.VersionUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The framework every service runs on carries the fixes for the advisories against micronaut-core 4.10.15. */
class DependencyHygieneTest {

    @Test
    void micronaut_core_is_at_least_the_patch_that_fixes_cve_2026_44241() {
        String version = VersionUtils.getMicronautVersion();

        assertThat(version).as("micronaut-core version from its manifest").isNotNull().startsWith("4.10.");
        assertThat(Integer.parseInt(version.substring("4.10.".length()).replaceAll("\\D.*", "")))
                .isGreaterThanOrEqualTo(22);
    }
}
