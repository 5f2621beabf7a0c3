package se.jamtland.eligibility.catalog;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.jamtland.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;

/** Finds the catalog and insats a request asks about, or answers with the problem a caller can act on. */
@Singleton
public class CatalogLookup {

    private final CatalogVersions versions;
    private final Clock clock;

    public CatalogLookup(CatalogVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    public LocalDate dateOrToday(@Nullable LocalDate onDate) {
        return onDate != null ? onDate : LocalDate.now(clock);
    }

    /** For reading the catalog: a date before the first Bilaga has nothing to show (404). */
    public Catalog catalogInForce(@Nullable LocalDate onDate) {
        LocalDate date = dateOrToday(onDate);
        return versions.inForceOn(date).orElseThrow(() -> ProblemException.notFound("no-catalog-in-force",
                "Ingen katalog gäller för datumet",
                noCatalogDetail()));
    }

    /** For a decision: there is no law to decide by before the first Bilaga, so the question is unanswerable (422). */
    public Catalog catalogToDecideBy(LocalDate date) {
        return versions.inForceOn(date).orElseThrow(() -> ProblemException.unprocessable("no-catalog-in-force",
                "Ingen katalog gäller för datumet",
                noCatalogDetail(), "onDate"));
    }

    public Insats insats(Catalog catalog, String id) {
        // The id is not repeated in the answer: only catalog ids belong there, and this one is not one of them.
        return catalog.insats(id).orElseThrow(() -> ProblemException.notFound("unknown-insats",
                "Okänd insats",
                "Katalogen " + catalog.version() + " har ingen insats med det id:t. GET /catalog listar de giltiga."));
    }

    // The date asked about is not repeated (issue 9, section 2: no answer echoes what was sent); the earliest
    // validFrom is the catalog's own, not the caller's.
    private String noCatalogDetail() {
        return "Insatser utan individuell behovsprövning enligt Bilaga 1 gäller från "
                + versions.earliestValidFrom() + ". För det datumet finns ingen katalog.";
    }
}
