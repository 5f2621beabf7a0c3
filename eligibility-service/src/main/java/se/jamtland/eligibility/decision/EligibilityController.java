package se.jamtland.eligibility.decision;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/eligibility-checks")
@Tag(name = "Villkorsprövning")
public class EligibilityController {

    private final DecidingEligibility deciding;

    public EligibilityController(DecidingEligibility deciding) {
        this.deciding = deciding;
    }

    @Post
    @Status(HttpStatus.OK)
    @Operation(summary = "Pröva villkor och vårdnadshavares samtycke för en insats",
            description = "Endast villkor prövas; målgruppen visas men prövas aldrig. Ett villkor som inte "
                    + "uppfylls ger REFER_TO_NEEDS_ASSESSMENT (hänvisning till biståndsbedömning), aldrig ett nej.")
    public EligibilityDecision check(@Body @Valid EligibilityCheckCommand command) {
        return deciding.decide(command);
    }
}
