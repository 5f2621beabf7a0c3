package se.jamtland.eligibility.decision;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import se.jamtland.problem.openapi.ProblemResponses;

@Controller("/eligibility-checks")
@Tag(name = "eligibility-checks", description = "Villkorsprövning")
public class EligibilityController {

    private final DecidingEligibility deciding;

    public EligibilityController(DecidingEligibility deciding) {
        this.deciding = deciding;
    }

    @Post
    @Status(HttpStatus.OK)
    @Operation(summary = "Pröva villkor och vårdnadshavares samtycke för en insats",
            description = "Endast villkor prövas; målgruppen visas men prövas aldrig. Ett villkor som inte "
                    + "uppfylls ger REFER_TO_NEEDS_ASSESSMENT (hänvisning till biståndsbedömning), aldrig ett nej.",
            operationId = "checkEligibility",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-action",
                    value = "En prövning: inget sparas och inget får en adress.")),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EligibilityCheckCommand.class),
                    examples = @ExampleObject(name = "adult", value = """
                            {"insats": "minimaria-a-cra", "age": 30}"""))))
    @ApiResponse(responseCode = "200", description = "Beslutet om villkor och samtycke.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityDecision.class),
            examples = @ExampleObject(name = "eligible", value = """
                    {"insats": "minimaria-a-cra", "catalogVersion": "2025-07-01", "outcome": "ELIGIBLE",
                     "unmetConditions": [], "guardianConsent": "NOT_REQUIRED",
                     "guardianConsentRule": {"requiredBelowAge": 15,
                                             "reference": "Föräldrabalken 6 kap. 11 §; Bilaga 1, avsnitt 1 Inledning",
                                             "guardianSecrecyBelowAge": 18},
                     "documentation": {"regime": "INDIVIDUAL",
                                       "legalReference": "14 kap. 3 § socialtjänstlagen (2025:400)"},
                     "targetGroup": "Ungdomar och unga vuxna mellan 13 – 21 år med skadligt bruk/beroende av \
                    alkohol och droger samt deras anhöriga.",
                     "targetGroupNote": "Målgruppen utgår från den sökandes egen upplevelse av att tillhöra den."}""")))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooManyRequests
    public EligibilityDecision check(@Body @Valid EligibilityCheckCommand command) {
        return deciding.decide(command);
    }
}
