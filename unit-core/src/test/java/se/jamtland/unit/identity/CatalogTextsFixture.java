package se.jamtland.unit.identity;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The catalog's texts as IdentityFreeFields reads them from eligibility-service, taken here from the catalog files
 * themselves (the source of truth, in eligibility-service's resources), so that unit tests need no running
 * service. A guard built from them knows the same terms as the guard in a running unit.
 */
final class CatalogTextsFixture {

    private static final Path CATALOGS = Path.of("..", "eligibility-service", "src", "main", "resources", "catalog");

    /** A day in the autumn the corpus's notes were written for. */
    static final Clock AUTUMN_2026 = Clock.fixed(Instant.parse("2026-10-15T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private CatalogTextsFixture() {
    }

    static IdentityGuard guardWithCatalog() {
        return new IdentityGuard(catalogTexts(), AUTUMN_2026);
    }

    @SuppressWarnings("unchecked")
    static List<String> catalogTexts() {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(CATALOGS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    Map<String, Object> catalog = new Yaml().load(reader);
                    for (Map<String, Object> insats : (List<Map<String, Object>>) catalog.get("insatser")) {
                        for (String key : List.of("name", "targetGroup", "content", "guardianConsentNote")) {
                            if (insats.get(key) instanceof String text) {
                                texts.add(text);
                            }
                        }
                        if (insats.get("sessionPlan") instanceof Map<?, ?> plan && plan.get("text") instanceof String text) {
                            texts.add(text);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no catalog texts under " + CATALOGS.toAbsolutePath());
        }
        return texts;
    }
}
