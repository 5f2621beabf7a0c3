package se.jamtland.eligibility.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;

@Controller("/catalog")
@Tag(name = "Katalog")
public class CatalogController {

    private final CatalogLookup lookup;

    public CatalogController(CatalogLookup lookup) {
        this.lookup = lookup;
    }

    @Get
    @Operation(summary = "Katalogen (Bilaga 1) som gäller ett datum, standard idag")
    public Catalog catalog(@QueryValue @Nullable LocalDate onDate) {
        return lookup.catalogInForce(onDate);
    }

    @Get("/insatser/{id}")
    @Operation(summary = "En insats ur katalogen som gäller ett datum, standard idag")
    public Insats insats(@PathVariable String id, @QueryValue @Nullable LocalDate onDate) {
        return lookup.insats(lookup.catalogInForce(onDate), id);
    }
}
