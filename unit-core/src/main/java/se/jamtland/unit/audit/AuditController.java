package se.jamtland.unit.audit;

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
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.problem.ProblemException;
import se.jamtland.problem.openapi.ProblemResponses;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The unit manager's access-log follow-up. Read only: the log has no route that changes it. */
@Controller("/audit")
@Secured(Roles.UNIT_MANAGER)
@Tag(name = "audit", description = "Loggning av åtkomst")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {

    private static final String ENTRY = """
            {"seq": 1187, "occurredAt": "2025-10-01T09:30:00Z", "staffId": "anna", "role": "STAFF",
             "caseCode": "K7M2-Q9RT", "action": "READ", "purpose": "Uppföljning"}""";
    private static final String PAGE = "{\"items\": [" + ENTRY + "], \"page\": 0, \"size\": 20, "
            + "\"totalItems\": 1, \"totalPages\": 1}";
    private static final int DEFAULT_SAMPLE = 10;
    private static final int MAX_SAMPLE = 100;

    private final AuditReview review;
    private final Clock clock;

    public AuditController(AuditReview review, Clock clock) {
        this.review = review;
        this.clock = clock;
    }

    @Get
    @Operation(operationId = "listAuditEntries",
            summary = "Åtkomstloggen för en period (standard de senaste 30 dagarna), ev. för en medarbetare")
    @ApiResponse(responseCode = "200", description = "En sida loggrader.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class),
            examples = @ExampleObject(name = "page", value = PAGE)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unprocessable
    public PageView<AuditView> list(@QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to,
                                    @QueryValue @Nullable String staff, @QueryValue @Nullable Integer page,
                                    @QueryValue @Nullable Integer size) {
        if (staff != null && (staff.isBlank() || staff.length() > AuditEntry.STAFF_ID_MAX)) {
            throw ProblemException.unprocessable("invalid-staff", "Ogiltig medarbetare",
                    "staff är en medarbetares id, högst " + AuditEntry.STAFF_ID_MAX + " tecken.", "staff");
        }
        return review.list(Period.of(from, to, clock), staff, page, size);
    }

    @Get("/sample")
    @Operation(operationId = "sampleAuditEntries",
            summary = "Stickprov: slumpvis valda läsningar av journaler i perioden, för logguppföljningen")
    @ApiResponse(responseCode = "200", description = "Stickprovets rader.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(
                    schema = @Schema(implementation = AuditView.class),
                    arraySchema = @Schema(example = "[" + ENTRY + "]"))))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unprocessable
    public List<AuditView> sample(@QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to,
                                  @QueryValue @Nullable Integer size) {
        int count = size == null ? DEFAULT_SAMPLE : size;
        if (count < 1 || count > MAX_SAMPLE) {
            throw ProblemException.unprocessable("invalid-sample-size", "Ogiltigt stickprov",
                    "size är 1–" + MAX_SAMPLE + ".", "size");
        }
        return review.sample(Period.of(from, to, clock), count);
    }

    @Get("/verification")
    @Operation(operationId = "verifyAuditChain",
            summary = "Kontrollerar loggens kedja: obruten (gallrade delar anges med sin regel), eller den första "
                    + "raden som har ändrats eller saknas")
    @ApiResponse(responseCode = "200", description = "Kedjans tillstånd.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainVerification.class),
            examples = {@ExampleObject(name = "intact", value = """
                    {"intact": true, "rowsChecked": 1200, "finding": "Loggen är obruten: alla 1200 rader stämmer."}"""),
                @ExampleObject(name = "intactAfterGallring", value = """
                    {"intact": true, "rowsChecked": 300, "finding": "Loggen är obruten: alla 300 rader stämmer. \
                    Före den: rad 1–900 gallrad enligt regel access-log (2025-07-01).",
                     "gallrad": [{"fromSeq": 1, "throughSeq": 900, "ruleId": "access-log",
                                  "rulesVersion": "2025-07-01"}]}""")}))
    public ChainVerification verify() {
        return review.verify();
    }

    /** {@code PageView<AuditView>} as the document shows it (an annotation cannot name a generic type). */
    @Schema(name = "PageView_AuditView_")
    record AuditPage(List<AuditView> items, int page, int size, long totalItems, int totalPages) {
    }
}
