package se.jamtland.eligibility;

import io.micronaut.core.io.ResourceResolver;
import se.jamtland.eligibility.catalog.CatalogLookup;
import se.jamtland.eligibility.catalog.CatalogSchema;
import se.jamtland.eligibility.catalog.CatalogVersions;
import se.jamtland.eligibility.decision.DecidingEligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The real Bilaga 1 catalog plus the invented later test catalog, wired without the framework. */
public final class CatalogFixture {

    public static final String BILAGA_1 = "classpath:catalog/bilaga-1-2025-07-01.yaml";
    public static final String TEST_BILAGA_2026 = "classpath:catalog/test-bilaga-2026-01-01.yaml";
    public static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    private CatalogFixture() {
    }

    public static CatalogVersions bothCatalogs() {
        return new CatalogVersions(List.of(BILAGA_1, TEST_BILAGA_2026), new ResourceResolver(), new CatalogSchema());
    }

    public static CatalogLookup lookup() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        return new CatalogLookup(bothCatalogs(), Clock.fixed(TODAY.atStartOfDay(stockholm).toInstant(), stockholm));
    }

    public static DecidingEligibility deciding() {
        return new DecidingEligibility(lookup());
    }
}
