package se.jamtland.unit.gallring.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.problem.ProblemException;
import se.jamtland.problem.openapi.ProblemResponses;
import se.jamtland.unit.gallring.application.GallringPreview;
import se.jamtland.unit.gallring.application.GallringReceiptView;
import se.jamtland.unit.gallring.application.HoldCaseCommand;
import se.jamtland.unit.gallring.application.HoldingCase;
import se.jamtland.unit.gallring.application.LegalHoldView;
import se.jamtland.unit.gallring.application.PreviewingGallring;
import se.jamtland.unit.gallring.application.ReadingGallringReceipts;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Paging;

import java.util.List;

import static se.jamtland.unit.web.RefusalProblems.valueOf;

/**
 * The unit manager's gallring (issue 15): the receipts, what the next run will delete, and the holds that keep a
 * case past its time. Counts and case codes the manager names only: no route shows what a record held.
 */
@Controller
@Secured(Roles.UNIT_MANAGER)
@Tag(name = "gallring", description = "Gallring")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class GallringController {

    private static final String RECEIPT = """
            {"runId": 12, "runOn": "2031-01-01", "ruleId": "individual-case", "rulesVersion": "2025-07-01",
             "recordClass": "INDIVIDUAL_CASE", "deleted": 41, "held": 1, "keptForResearch": 4,
             "runStartedAt": "2031-01-01T01:30:00Z", "runFinishedAt": "2031-01-01T01:31:12Z"}""";
    private static final String PAGE = "{\"items\": [" + RECEIPT + "], \"page\": 0, \"size\": 20, "
            + "\"totalItems\": 1, \"totalPages\": 1}";
    private static final String PREVIEW = """
            {"runOn": "2031-01-01", "rulesVersion": "2025-07-01", "rules": [
              {"ruleId": "individual-case", "rulesVersion": "2025-07-01", "recordClass": "INDIVIDUAL_CASE",
               "status": "att fastställa av nämnden", "count": 41, "oldestDate": "2025-08-14", "held": 1,
               "keptForResearch": 4}]}""";
    private static final String HOLD = """
            {"reason": "COMPLAINT"}""";
    private static final String HELD = """
            {"caseCode": "K7M2-Q9RT", "reason": "COMPLAINT", "reasonLabel": "Klagomål eller överklagande",
             "placedOn": "2030-11-20"}""";

    private final ReadingGallringReceipts receipts;
    private final PreviewingGallring previewing;
    private final HoldingCase holding;

    public GallringController(ReadingGallringReceipts receipts, PreviewingGallring previewing, HoldingCase holding) {
        this.receipts = receipts;
        this.previewing = previewing;
        this.holding = holding;
    }

    @Get("/gallring")
    @Operation(operationId = "listGallringReceipts",
            summary = "Gallringsprotokollet: per körning och regel hur många poster som gallrades och kvarhölls")
    @ApiResponse(responseCode = "200", description = "En sida protokollrader, senaste körningen först.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GallringReceiptPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE)))
    @ProblemResponses.BadRequest
    public PageView<GallringReceiptView> list(@QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return receipts.list(Paging.of(page, size));
    }

    @Get("/gallring/preview")
    @Operation(operationId = "previewGallring",
            summary = "Vad nästa körning kommer att gallra: antal och äldsta datum per regel")
    @ApiResponse(responseCode = "200", description = "Nästa körnings gallring per regel.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GallringPreview.class),
            examples = @ExampleObject(name = "preview", value = PREVIEW)))
    @ProblemResponses.NotFound
    public GallringPreview preview() {
        return previewing.preview().orElseThrow(() -> ProblemException.notFound("no-retention-rules",
                "Inga gallringsregler", "Ingen informationshanteringsplan gäller den dag nästa körning görs."));
    }

    @Put("/cases/{caseCode}/legal-hold")
    @Operation(operationId = "holdCase",
            summary = "Kvarhåll ett ärende från gallring (begäran om handlingar, klagomål, tillsyn av IVO)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HoldCaseCommand.class),
                    examples = @ExampleObject(name = "complaint", value = HOLD))))
    @ApiResponse(responseCode = "200", description = "Ärendet kvarhålls.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LegalHoldView.class),
            examples = @ExampleObject(name = "held", value = HELD)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    public LegalHoldView hold(@PathVariable String caseCode, @Body HoldCaseCommand command) {
        return valueOf(holding.hold(caseCode, command));
    }

    @Delete("/cases/{caseCode}/legal-hold")
    @Operation(operationId = "releaseCaseHold",
            summary = "Häv kvarhållandet; ärendet gallras sedan efter sin regel")
    @ApiResponse(responseCode = "204", description = "Ärendet kvarhålls inte längre.")
    @ProblemResponses.NotFound
    public HttpResponse<Void> release(@PathVariable String caseCode) {
        valueOf(holding.lift(caseCode));
        return HttpResponse.noContent();
    }

    /** {@code PageView<GallringReceiptView>} as the document shows it (an annotation cannot name a generic type). */
    @Schema(name = "GallringReceiptPage")
    record GallringReceiptPage(List<GallringReceiptView> items, int page, int size, long totalItems, int totalPages) {
    }
}
