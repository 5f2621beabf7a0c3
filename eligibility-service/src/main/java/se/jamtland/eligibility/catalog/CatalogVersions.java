package se.jamtland.eligibility.catalog;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.io.ResourceResolver;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every dated version of the Bilaga this service knows, loaded and validated once at start-up ({@code @Context}:
 * a broken file stops the service before it answers anything). Each file must pass the reader's rules and the
 * published schema ({@link CatalogSchema}), so the schema the county edits by is never looser than the service.
 * A later Bilaga is a new file in {@code eligibility.catalog.files}; from its {@code validFrom} it replaces the
 * earlier one, with no code change.
 */
@Context
public class CatalogVersions {

    private final List<Catalog> newestFirst;

    public CatalogVersions(@Property(name = "eligibility.catalog.files") List<String> files,
                           ResourceResolver resources, CatalogSchema schema) {
        this(load(files, resources, schema));
    }

    CatalogVersions(List<Catalog> catalogs) {
        List<Catalog> sorted = new ArrayList<>(catalogs);
        sorted.sort(Comparator.comparing(Catalog::validFrom).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).validFrom().equals(sorted.get(i - 1).validFrom())) {
                throw new InvalidCatalogException("Two catalog files are valid from " + sorted.get(i).validFrom()
                        + " (versions " + sorted.get(i - 1).version() + " and " + sorted.get(i).version()
                        + "); a date can have only one Bilaga",
                        "Två katalogfiler gäller från " + sorted.get(i).validFrom() + " (versionerna "
                                + sorted.get(i - 1).version() + " och " + sorted.get(i).version()
                                + "); ett datum kan bara ha en Bilaga");
            }
        }
        this.newestFirst = List.copyOf(sorted);
    }

    /** The catalog in force on a date: the newest one whose validFrom is on or before it. */
    public Optional<Catalog> inForceOn(LocalDate date) {
        return newestFirst.stream().filter(catalog -> !catalog.validFrom().isAfter(date)).findFirst();
    }

    public LocalDate earliestValidFrom() {
        return newestFirst.get(newestFirst.size() - 1).validFrom();
    }

    /** One file, by the reader's rules and then the schema: the reader's messages name the Bilaga's terms. */
    public static Catalog readValidated(String source, InputStream in, CatalogSchema schema) {
        Object document = CatalogFileReader.parse(source, in);
        Catalog catalog = new CatalogFileReader().read(source, document);
        schema.requireValid(source, document);
        return catalog;
    }

    private static List<Catalog> load(List<String> files, ResourceResolver resources, CatalogSchema schema) {
        if (files == null || files.isEmpty()) {
            throw new InvalidCatalogException("No catalog files configured (eligibility.catalog.files)",
                    "Inga katalogfiler angivna (eligibility.catalog.files)");
        }
        List<Catalog> catalogs = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = resources.getResourceAsStream(file)
                    .orElseThrow(() -> new InvalidCatalogException("Catalog file " + file + " not found",
                            "Katalogfilen " + file + " finns inte"))) {
                catalogs.add(readValidated(file, in, schema));
            } catch (IOException e) {
                throw new InvalidCatalogException("Catalog file " + file + " could not be read",
                        "Katalogfilen " + file + " gick inte att läsa", e);
            }
        }
        return catalogs;
    }
}
