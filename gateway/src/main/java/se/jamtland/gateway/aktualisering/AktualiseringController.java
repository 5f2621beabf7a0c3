package se.jamtland.gateway.aktualisering;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.gateway.access.CaseSystems;
import se.jamtland.runtime.trace.TraceContextFilter;
import se.jamtland.gateway.upstream.GatewayProblemResponses;

@Controller("/api/v1/aktualiseringar")
@Secured(Roles.CASE_SYSTEM)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "aktualiseringar")
public class AktualiseringController {

    static final String EXAMPLE = "{\"aktualiseringar\":[{\"id\":\"cmv-9b2f4c1a-6d3e-4f8a-b7c9-0e1d2f3a4b5c\","
            + "\"insats\":\"cmv-kast\",\"kommun\":\"2380\",\"kommunName\":\"Östersund\",\"registeredOn\":"
            + "\"2026-11-28\",\"unmetConditions\":[\"LEGAL_GENDER\"],"
            + "\"person\":{\"givenName\":\"Kim\",\"familyName\":\"Exempelsson\",\"phone\":\"070-000 00 01\"},"
            + "\"consentRecordedOn\":\"2026-11-28\",\"message\":\"Vill bli kontaktad på eftermiddagen.\","
            + "\"delivered\":true,\"deliveredAt\":\"2026-12-01T08:15:00Z\"}],"
            + "\"unreachableUnits\":[\"barnahus\"]}";

    private final CollectingAktualiseringar collecting;

    public AktualiseringController(CollectingAktualiseringar collecting) {
        this.collecting = collecting;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAktualiseringar", summary = "Kommunens nya aktualiseringar",
            description = "Aktualiseringar som personen har samtyckt till, från alla fyra verksamheter, bara för er "
                    + "kommun och bara de som inte hämtats förut: de som kommer i svaret är därmed levererade och "
                    + "kommer inte igen. Kan en verksamhet inte svara kommer de andras ändå, och unreachableUnits "
                    + "namnger den; dess aktualiseringar ligger kvar där och kommer vid ett senare anrop.")
    @ApiResponse(responseCode = "200", description = "Nya aktualiseringar, och de verksamheter som inte kunde svara",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Aktualiseringar.class),
                    examples = @ExampleObject(value = EXAMPLE)))
    @GatewayProblemResponses
    public Aktualiseringar list(Authentication authentication, HttpRequest<?> request) {
        CaseSystems.caller(authentication);
        return collecting.collect(CaseSystems.ownToken(request), TraceContextFilter.of(request));
    }
}
