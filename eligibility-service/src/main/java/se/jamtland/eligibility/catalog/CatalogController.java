package se.jamtland.eligibility.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

@Controller("/catalog")
@Tag(name = "Katalog")
public class CatalogController {

    /** RFC draft media type of a JSON Schema document (json-schema.org, draft 2020-12, section 14). */
    static final String SCHEMA_JSON = "application/schema+json";

    private final CatalogLookup lookup;
    private final String schemaJson;

    public CatalogController(CatalogLookup lookup, CatalogSchema schema, JsonMapper json) {
        this.lookup = lookup;
        try {
            this.schemaJson = json.writeValueAsString(schema.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get
    @Operation(summary = "Katalogen (Bilaga 1) som gäller ett datum, standard idag",
            description = "Varje insats med villkor, dokumentationsform, sessionsplan, kanaler (channels), "
                    + "vilka ärenden den får kopplas till (caseLinks) och krissamtalets tidsfönster kring "
                    + "barnförhöret (interviewWindow), var och en med Bilagans ord (basis) och hänvisning "
                    + "(reference). Ett fält saknas när Bilagan inte har regeln för insatsen.")
    public Catalog catalog(@QueryValue @Nullable LocalDate onDate) {
        return lookup.catalogInForce(onDate);
    }

    @Get("/insatser/{id}")
    @Operation(summary = "En insats ur katalogen som gäller ett datum, standard idag")
    public Insats insats(@PathVariable String id, @QueryValue @Nullable LocalDate onDate) {
        return lookup.insats(lookup.catalogInForce(onDate), id);
    }

    @Get("/schema")
    @Produces(SCHEMA_JSON)
    @Operation(summary = "JSON Schema (draft 2020-12) för en katalogfil",
            description = "Det schema varje katalogfil prövas mot när tjänsten startar, med värdelistorna för "
                    + "verksamheter, kanaler och dokumentationsformer ifyllda. För den som skriver en ny Bilaga.")
    @ApiResponse(responseCode = "200", description = "Schemat",
            content = @Content(mediaType = SCHEMA_JSON, schema = @Schema(type = "object")))
    public String schema() {
        return schemaJson;
    }
}
