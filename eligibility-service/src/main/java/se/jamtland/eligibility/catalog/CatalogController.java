package se.jamtland.eligibility.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.problem.openapi.ProblemResponses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

@Controller("/catalog")
@Tag(name = "catalog", description = "Katalog")
public class CatalogController {

    /** RFC draft media type of a JSON Schema document (json-schema.org, draft 2020-12, section 14). */
    static final String SCHEMA_JSON = "application/schema+json";

    /** The document's examples are real answers of this service, shortened to one insats. */
    private static final String INSATS = """
            {"id": "minimaria-a-cra", "unit": "minimaria", "section": "3.3", "name": "A-CRA",
             "targetGroup": "Ungdomar och unga vuxna mellan 13 – 21 år med skadligt bruk/beroende av alkohol och \
            droger samt deras anhöriga.",
             "content": "Manualbaserad metod med 15 sessioner och 3 booster-sessioner.", "conditions": [],
             "sessionPlan": {"text": "15 sessioner och 3 booster-sessioner", "plannedSessions": 15,
                             "plannedBoosterSessions": 3, "reference": "Bilaga 1, avsnitt 3.3"},
             "documentation": {"regime": "INDIVIDUAL", "legalReference": "14 kap. 3 § socialtjänstlagen (2025:400)"}}""";
    private static final String CATALOG = """
            {"version": "2025-07-01", "validFrom": "2025-07-01",
             "title": "Bilaga 1 – Insatser som länsverksamheterna tillhandahåller utan individuell behovsprövning",
             "guardianConsent": {"requiredBelowAge": 15, "inference": true,
                                 "reference": "Föräldrabalken 6 kap. 11 §; Bilaga 1, avsnitt 1 Inledning",
                                 "text": "Unga mellan 15 – 17 år kan söka insatserna utan vårdnadshavares samtycke.",
                                 "basis": "Slutsats, inte Bilagans ord.", "guardianSecrecyBelowAge": 18,
                                 "guardianSecrecyReference": "12 kap. 3 § offentlighets- och sekretesslagen (2009:400)"},
             "targetGroupNote": "Målgruppen utgår från den sökandes egen upplevelse av att tillhöra den.",
             "units": [{"id": "minimaria", "name": "Mini-Maria Jämtland Härjedalen",
                        "contact": {"channels": ["PHONE", "CHAT", "VISIT"],
                                    "text": "Kontakta Mini-Maria Jämtland Härjedalen direkt. Telefonnummer: att fastställa.",
                                    "inference": true, "basis": "Slutsats, inte Bilagans ord.",
                                    "reference": "Bilaga 1, avsnitt 3.1"}}],
             "insatser": [""" + INSATS + "]}";

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
                    + "(reference). Ett fält saknas när Bilagan inte har regeln för insatsen.",
            operationId = "getCatalog")
    @ApiResponse(responseCode = "200", description = "Katalogen i kraft.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Catalog.class),
            examples = @ExampleObject(name = "catalog", value = CATALOG)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.TooManyRequests
    public Catalog catalog(@QueryValue @Nullable LocalDate onDate) {
        return lookup.catalogInForce(onDate);
    }

    @Get("/insatser/{id}")
    @Operation(operationId = "getCatalogInsats", summary = "En insats ur katalogen som gäller ett datum, standard idag")
    @ApiResponse(responseCode = "200", description = "Insatsen.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Insats.class),
            examples = @ExampleObject(name = "insats", value = INSATS)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.TooManyRequests
    public Insats insats(@PathVariable String id, @QueryValue @Nullable LocalDate onDate) {
        return lookup.insats(lookup.catalogInForce(onDate), id);
    }

    @Get("/schema")
    @Produces(SCHEMA_JSON)
    @Operation(summary = "JSON Schema (draft 2020-12) för en katalogfil",
            description = "Det schema varje katalogfil prövas mot när tjänsten startar, med värdelistorna för "
                    + "verksamheter, kanaler och dokumentationsformer ifyllda. För den som skriver en ny Bilaga.",
            operationId = "getCatalogSchema")
    @ApiResponse(responseCode = "200", description = "Schemat",
            content = @Content(mediaType = SCHEMA_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(name = "schema", value = """
                            {"$schema": "https://json-schema.org/draft/2020-12/schema",
                             "$id": "urn:jamtland:lansverksamheter:bilaga-catalog:1",
                             "title": "Katalog över insatser utan individuell behovsprövning (Bilaga 1)",
                             "type": "object"}""")))
    @ProblemResponses.NotAcceptable
    @ProblemResponses.TooManyRequests
    public String schema() {
        return schemaJson;
    }
}
