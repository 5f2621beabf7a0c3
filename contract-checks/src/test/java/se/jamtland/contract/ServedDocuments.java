package se.jamtland.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OpenAPI documents the suite serves, as each service's build generated them into its jar's META-INF/swagger
 * (the file its {@code /openapi/**} route answers with). A new service's document is one more line here, and a
 * test dependency on the service in this module's pom.
 */
final class ServedDocuments {

    static final List<String> ALL = List.of(
            "eligibility-service-1.yml",
            "unit-service-1.yml",
            "cmv-service-1.yml",
            "barnahus-service-1.yml",
            "statistics-service-1.yml",
            // The case systems' one document, served at the gateway's /api/v1/openapi.yml (issue 12, 3).
            "gateway-1.0.0.yml");

    private ServedDocuments() {
    }

    /** The document written to this module's target folder, where a command-line tool can read it. */
    static Path written(String document) {
        Path file = Path.of("target", "contract-documents", document);
        try (InputStream served = ServedDocuments.class.getResourceAsStream("/META-INF/swagger/" + document)) {
            if (served == null) {
                throw new IllegalStateException("no META-INF/swagger/" + document + " on the test classpath: is its "
                        + "service a test dependency of contract-checks, and was it built?");
            }
            Files.createDirectories(file.getParent());
            Files.write(file, served.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root, where {@code .spectral.yaml} is (failsafe runs in this module's folder). */
    static Path repositoryRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }
}
