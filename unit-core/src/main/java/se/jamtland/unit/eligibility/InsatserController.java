package se.jamtland.unit.eligibility;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.problem.openapi.ProblemResponses;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/insatser")
@Tag(name = "insatser", description = "Insatser")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class InsatserController {

    private final Eligibility eligibility;
    private final Clock clock;

    public InsatserController(Eligibility eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Get
    @Operation(operationId = "listInsatser",
            summary = "Enhetens insatser ur katalogen (Bilaga 1) som gäller ett datum, standard idag")
    @ApiResponse(responseCode = "200", description = "Insatserna och deras regler ur katalogen.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            array = @ArraySchema(schema = @Schema(implementation = CatalogInsats.class), arraySchema = @Schema(
                    example = """
                    [{"id": "cmv-samtal-om-vald", "unit": "cmv", "section": "2.4", "name": "Samtal om våld",
                      "targetGroup": "Personer från 18 år och uppåt som utsatt närstående för våld.",
                      "documentation": {"regime": "DEIDENTIFIED", "legalReference": "14 kap. 5 § SoL (2025:400)"}}]"""))))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unavailable
    public List<CatalogInsats> insatser(@QueryValue @Nullable LocalDate onDate) {
        return eligibility.insatserOfThisUnit(onDate != null ? onDate : LocalDate.now(clock), "onDate");
    }
}
