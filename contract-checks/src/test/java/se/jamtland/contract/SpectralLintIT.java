package se.jamtland.contract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every served document against the project's ruleset ({@code .spectral.yaml}: 201 + Location for creations,
 * problem+json for every error, camelCase operationIds, ASCII tags, examples), with {@code spectral lint} as a
 * vendor's CI would run it. Zero errors and zero warnings (issue 12 §3). Without the tool this fails, never skips:
 * {@code .ci/run} installs {@code @stoplight/spectral-cli@6}.
 */
class SpectralLintIT {

    static List<String> documents() {
        return ServedDocuments.ALL;
    }

    @BeforeAll
    static void spectral_is_installed() throws Exception {
        try {
            Process version = new ProcessBuilder("spectral", "--version").redirectErrorStream(true).start();
            assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(version.exitValue()).isZero();
        } catch (IOException e) {
            fail("spectral is not installed: `npm install -g @stoplight/spectral-cli@6` (.ci/run installs it)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void a_served_document_meets_the_project_ruleset_without_an_error_or_a_warning(String document) throws Exception {
        Path file = ServedDocuments.written(document).toAbsolutePath();
        Process lint = new ProcessBuilder("spectral", "lint", "--ruleset",
                ServedDocuments.repositoryRoot().resolve(".spectral.yaml").toString(),
                "--fail-severity", "warn", "--format", "text", file.toString())
                .redirectErrorStream(true).start();
        String report = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(lint.exitValue()).as("spectral lint %s:%n%s", document, report).isZero();
    }
}
