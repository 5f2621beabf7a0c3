package se.jamtland.unit.advisory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import se.jamtland.access.Roles;
import se.jamtland.events.Vocabulary;
import se.jamtland.problem.openapi.ProblemResponses;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.Paging;
import se.jamtland.unit.web.Period;
import se.jamtland.unit.web.RefusalProblems;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/advisory-contacts")
@Tag(name = "advisory-contacts", description = "Rådgivande kontakter")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdvisoryContactController {

    private static final String RECORD = """
            {"insats": "minimaria-radgivande-samtal", "channel": "CHAT", "askedBy": "RELATIVE", "ageBand": "15-17",
             "topicCodes": []}""";
    private static final String CONTACT = """
            {"id": 41, "insats": "minimaria-radgivande-samtal", "date": "2025-09-15", "channel": "CHAT",
             "askedBy": "RELATIVE", "ageBand": "15-17", "gender": "unknown", "kommun": "unknown", "topicCodes": [],
             "catalogVersion": "2025-07-01"}""";
    private static final String RECORDED = CONTACT;
    private static final String PAGE = "{\"items\": [" + CONTACT + "], \"page\": 0, \"size\": 20, "
            + "\"totalItems\": 1, \"totalPages\": 1}";

    private final RecordingAdvisoryContact recording;
    private final AdvisoryContactRepository contacts;
    private final Clock clock;

    public AdvisoryContactController(RecordingAdvisoryContact recording, AdvisoryContactRepository contacts,
                                     Clock clock) {
        this.recording = recording;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Post
    @Operation(operationId = "recordAdvisoryContact",
            summary = "Registrera en rådgivande kontakt (14 kap. 4 § SoL), utan uppgifter om personen",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordAdvisoryContactCommand.class),
                    examples = @ExampleObject(name = "chat", value = RECORD))))
    @ApiResponse(responseCode = "201", description = "Kontakten är registrerad; Location är dess adress.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Kontaktens adress, /advisory-contacts/{id}.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdvisoryContactView.class),
                    examples = @ExampleObject(name = "recorded", value = RECORDED)))
    @ProblemResponses.BadRequest
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    public HttpResponse<AdvisoryContactView> record(@Body RecordAdvisoryContactCommand command) {
        AdvisoryContactView view = RefusalProblems.valueOf(recording.record(command));
        return HttpResponse.created(view, URI.create("/advisory-contacts/" + view.id()));
    }

    @Get
    @Operation(operationId = "listAdvisoryContacts",
            summary = "Rådgivande kontakter i en period (standard de senaste 30 dagarna), sidindelat")
    @ApiResponse(responseCode = "200", description = "En sida kontakter.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdvisoryContactPage.class),
            examples = @ExampleObject(name = "page", value = PAGE)))
    @ProblemResponses.BadRequest
    public PageView<AdvisoryContactView> list(@QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to,
                                              @QueryValue @Nullable @Pattern(regexp = Vocabulary.INSATS_ID_PATTERN,
                                                      message = Vocabulary.INSATS_ID_MESSAGE) String insats,
                                              @QueryValue @Nullable Integer page,
                                              @QueryValue @Nullable Integer size) {
        Period period = Period.of(from, to, clock);
        return PageView.of(contacts.list(period.from(), period.to(), insats,
                Paging.of(page, size)), AdvisoryContactView::of);
    }

    /** {@code PageView<AdvisoryContactView>} as the document shows it (an annotation cannot name a generic type). */
    @Schema(name = "PageView_AdvisoryContactView_")
    record AdvisoryContactPage(List<AdvisoryContactView> items, int page, int size, long totalItems, int totalPages) {
    }
}
