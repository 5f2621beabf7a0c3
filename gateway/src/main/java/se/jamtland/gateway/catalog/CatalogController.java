package se.jamtland.gateway.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.gateway.access.CaseSystems;
import se.jamtland.runtime.trace.TraceContextFilter;
import se.jamtland.gateway.upstream.BodyProblemResponses;
import se.jamtland.gateway.upstream.GatewayProblemResponses;
import se.jamtland.gateway.upstream.QueryProblemResponses;
import se.jamtland.gateway.upstream.Relay;
import se.jamtland.problem.Problem;

import java.time.LocalDate;

/**
 * The catalog and the villkor decisions, proxied to eligibility-service as the gateway itself (no personal data
 * goes in or out, so the case system's token stays at the gateway; {@link Eligibility}).
 */
@Controller("/api/v1")
@Secured(Roles.CASE_SYSTEM)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "katalog")
public class CatalogController {

    static final String CATALOG_EXAMPLE = "{\"version\":\"2025-07-01\",\"validFrom\":\"2025-07-01\",\"title\":"
            + "\"Bilaga 1 – Insatser som länsverksamheterna tillhandahåller utan individuell behovsprövning\","
            + "\"units\":[{\"id\":\"minimaria\",\"name\":\"Mini-Maria Jämtland Härjedalen\",\"contact\":{\"channels\":"
            + "[\"PHONE\",\"CHAT\",\"VISIT\"],\"text\":\"Ring, chatta eller besök Mini-Maria Jämtland Härjedalen. "
            + "Telefonnummer, chattadress och besöksadress: att fastställa.\",\"inference\":true}}],\"insatser\":[{\"id\":"
            + "\"minimaria-a-cra\",\"unit\":\"minimaria\",\"section\":\"3.3\",\"name\":\"A-CRA\",\"documentation\":"
            + "{\"regime\":\"INDIVIDUAL\",\"legalReference\":\"14 kap. 3 § socialtjänstlagen (2025:400)\"}}]}";
    static final String QUESTION_EXAMPLE = "{\"insats\":\"minimaria-a-cra\",\"age\":16}";
    static final String DECISION_EXAMPLE = "{\"insats\":\"minimaria-a-cra\",\"outcome\":\"ELIGIBLE\","
            + "\"catalogVersion\":\"2025-07-01\",\"documentationRegime\":\"INDIVIDUAL\",\"unmetConditions\":[]}";

    private final Eligibility eligibility;

    public CatalogController(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    @Get("/catalog")
    @Operation(operationId = "getCatalog", summary = "Katalogen (Bilaga 1) som gäller ett datum, standard idag",
            description = "Varje insats med verksamhet, villkor och dokumentationsform, och varje verksamhets namn "
                    + "och kontaktväg (units). En insats med dokumentationsformen INDIVIDUAL tar emot remisser.")
    @ApiResponse(responseCode = "200", description = "Katalogen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(value = CATALOG_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "Ingen katalog gällde det datumet (not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = "{\"type\":\"urn:jamtland:lansverksamheter:problem:"
                            + "no-catalog-in-force\",\"title\":\"Ingen katalog gäller\",\"status\":404,\"instance\":"
                            + "\"urn:uuid:5d0c2b8e-1f3a-4c6d-8e9f-0a1b2c3d4e5f\"}")))
    @QueryProblemResponses
    @GatewayProblemResponses
    public MutableHttpResponse<byte[]> catalog(
            @Parameter(description = "Dagen katalogen ska gälla (ÅÅÅÅ-MM-DD)", example = "2025-09-15")
            @QueryValue @Nullable LocalDate onDate, Authentication authentication, HttpRequest<?> request) {
        CaseSystems.caller(authentication);
        return Relay.answer(eligibility.catalog(onDate, TraceContextFilter.of(request)));
    }

    @Post("/eligibility-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkEligibility", summary = "Villkor, vårdnadshavares samtycke och dokumentationsform",
            description = "Samma prövning som verksamheterna gör: insats och ålder, och juridiskt kön där villkoret "
                    + "kräver det. Inga personuppgifter: inget namn och inget personnummer.",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-action",
                    value = "En prövning: inget sparas och inget får en adress.")))
    @ApiResponse(responseCode = "200", description = "Beslutet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(value = DECISION_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "Okänd insats (unknown-insats)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = "{\"type\":\"urn:jamtland:lansverksamheter:problem:"
                            + "unknown-insats\",\"title\":\"Okänd insats\",\"status\":404,\"instance\":"
                            + "\"urn:uuid:5d0c2b8e-1f3a-4c6d-8e9f-0a1b2c3d4e60\"}")))
    @ApiResponse(responseCode = "422", description = "Frågan kan inte prövas (unprocessable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = "{\"type\":\"urn:jamtland:lansverksamheter:problem:"
                            + "unprocessable\",\"title\":\"Begäran kan inte behandlas\",\"status\":422,\"instance\":"
                            + "\"urn:uuid:5d0c2b8e-1f3a-4c6d-8e9f-0a1b2c3d4e63\"}")))
    @BodyProblemResponses
    @GatewayProblemResponses
    public MutableHttpResponse<byte[]> check(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EligibilityQuestion.class),
                    examples = @ExampleObject(value = QUESTION_EXAMPLE)))
            @Body byte[] question, Authentication authentication, HttpRequest<?> request) {
        CaseSystems.caller(authentication);
        return Relay.answer(eligibility.check(question, TraceContextFilter.of(request)));
    }

}
