package se.jamtland.unit.aktualisering.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.CaseSystemCaller;
import se.jamtland.access.Roles;
import se.jamtland.unit.aktualisering.application.DeliveredAktualiseringar;
import se.jamtland.unit.aktualisering.application.DeliveringAktualiseringar;
import se.jamtland.unit.web.ProblemResponses;

/**
 * A kommun's case system fetches the aktualiseringar to its kommun (issue 12), each once. The kommun is the one
 * signed into the forwarded token, so one kommun's system never sees another's.
 */
@Secured(Roles.CASE_SYSTEM)
@Controller("/case-system/aktualiseringar")
@Tag(name = "case-system-aktualiseringar", description = "Aktualiseringar till kommunens socialtjänst")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CaseSystemAktualiseringController {

    private static final String DELIVERED = """
            {"aktualiseringar":[{"id":"minimaria-8d2e4f10-1c3b-4a5d-8e6f-7a9b0c1d2e3f","insats":"minimaria-a-cra",\
            "registeredOn":"2026-03-02","unmetConditions":["AGE"],"person":{"givenName":"Astrid",\
            "familyName":"Exempel","phone":"070-000 00 00"},"consentRecordedOn":"2026-03-02",\
            "message":"Vill ha kontakt om stöd för sitt alkoholbruk."}]}""";

    private final DeliveringAktualiseringar delivering;

    public CaseSystemAktualiseringController(DeliveringAktualiseringar delivering) {
        this.delivering = delivering;
    }

    @Get
    @Operation(operationId = "fetchAktualiseringar", summary = "Hämta kommunens nya aktualiseringar; var och en "
            + "lämnas ut en gång")
    @ApiResponse(responseCode = "200", description = "Aktualiseringar som inte hämtats förut (högst 100)",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DeliveredAktualiseringar.class),
                    examples = @ExampleObject(name = "nya", value = DELIVERED)))
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    public DeliveredAktualiseringar fetch(@Parameter(hidden = true) Authentication authentication) {
        return delivering.deliverTo(CaseSystemCaller.from(authentication)
                .orElseThrow(() -> new AuthorizationException(authentication)));
    }
}
