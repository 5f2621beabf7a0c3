package se.jamtland.unit.cases.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
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
import se.jamtland.unit.cases.application.CaseView;
import se.jamtland.unit.cases.application.CloseCaseCommand;
import se.jamtland.unit.cases.application.ClosingCase;
import se.jamtland.unit.cases.application.DiscloseCaseCommand;
import se.jamtland.unit.cases.application.DisclosingCase;
import se.jamtland.unit.cases.application.DisclosureView;
import se.jamtland.unit.cases.application.OpenCaseCommand;
import se.jamtland.unit.cases.application.OpeningCase;
import se.jamtland.unit.cases.application.ReadingCases;
import se.jamtland.unit.cases.application.RecordSessionCommand;
import se.jamtland.unit.cases.application.RecordingSession;
import se.jamtland.unit.cases.application.WriteNoteCommand;
import se.jamtland.unit.cases.application.WritingNote;
import se.jamtland.unit.web.PageView;

import java.net.URI;
import java.util.List;

import static se.jamtland.unit.web.RefusalProblems.valueOf;

/** The HTTP door to cases: each route hands its command to one use case and turns the outcome into an answer. */
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/cases")
@Tag(name = "cases", description = "Ärenden")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class CaseController {

    private final OpeningCase opening;
    private final ReadingCases reading;
    private final RecordingSession sessions;
    private final ClosingCase closing;
    private final WritingNote notes;
    private final DisclosingCase disclosing;

    public CaseController(OpeningCase opening, ReadingCases reading, RecordingSession sessions, ClosingCase closing,
                          WritingNote notes, DisclosingCase disclosing) {
        this.opening = opening;
        this.reading = reading;
        this.sessions = sessions;
        this.closing = closing;
        this.notes = notes;
        this.disclosing = disclosing;
    }

    @Post
    @Operation(operationId = "openCase",
            summary = "Öppna ett ärende efter villkorsprövning; dokumentationsformen följer insatsen",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenCaseCommand.class),
                    examples = @ExampleObject(name = "deidentified", value = CaseExamples.OPEN_DEIDENTIFIED))))
    @ApiResponse(responseCode = "201", description = "Ärendet är öppnat; Location är ärendets adress.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Ärendets adress, /cases/{caseCode}.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "opened", value = CaseExamples.OPENED)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    public HttpResponse<CaseView> open(@Body OpenCaseCommand command) {
        CaseView view = valueOf(opening.open(command));
        return HttpResponse.created(view, location(view));
    }

    @Get("/{caseCode}")
    @Operation(operationId = "getCase", summary = "Ett ärende med sessioner, framsteg och anteckningar")
    @ApiResponse(responseCode = "200", description = "Ärendet.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
            examples = @ExampleObject(name = "case", value = CaseExamples.CASE)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public CaseView view(@PathVariable String caseCode) {
        return valueOf(reading.view(caseCode));
    }

    @Get
    @Operation(operationId = "listCases", summary = "Ärenden, filtrerade på insats och öppna/avslutade, sidindelat")
    @ApiResponse(responseCode = "200", description = "En sida ärenden.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasePage.class),
            examples = @ExampleObject(name = "page", value = CaseExamples.PAGE)))
    @ProblemResponses.BadRequest
    public PageView<CaseView> list(@QueryValue @Nullable @Pattern(regexp = Vocabulary.INSATS_ID_PATTERN,
                                           message = Vocabulary.INSATS_ID_MESSAGE) String insats,
                                   @QueryValue @Nullable Boolean open,
                                   @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return reading.list(insats, open, page, size);
    }

    @Post("/{caseCode}/sessions")
    @Operation(operationId = "recordCaseSession", summary = "Registrera en session (SESSION, BOOSTER, FOLLOW_UP)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordSessionCommand.class),
                    examples = @ExampleObject(name = "session", value = CaseExamples.SESSION))))
    @ApiResponse(responseCode = "201", description = "Tillagt; svaret är ärendet som det nu är, Location dess adress.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Ärendets adress, /cases/{caseCode}.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "case", value = CaseExamples.CASE)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    public HttpResponse<CaseView> recordSession(@PathVariable String caseCode, @Body RecordSessionCommand command) {
        CaseView view = valueOf(sessions.record(caseCode, command));
        return HttpResponse.created(view, location(view));
    }

    @Post("/{caseCode}/closure")
    @Operation(operationId = "closeCase", summary = "Avsluta ärendet (COMPLETED, DISCONTINUED, REFERRED)",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-action",
                    value = "Ändrar ett befintligt ärende; inget nytt skapas.")),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CloseCaseCommand.class),
                    examples = @ExampleObject(name = "completed", value = CaseExamples.CLOSURE))))
    @ApiResponse(responseCode = "200", description = "Ärendet är avslutat.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
            examples = @ExampleObject(name = "closed", value = CaseExamples.CLOSED)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    public CaseView close(@PathVariable String caseCode, @Body CloseCaseCommand command) {
        return valueOf(closing.close(caseCode, command));
    }

    @Post("/{caseCode}/notes")
    @Operation(operationId = "writeWorkingNote",
            summary = "Arbetsanteckning på ett avidentifierat ärende; uppgifter som kan röja identitet avvisas",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WriteNoteCommand.class),
                    examples = @ExampleObject(name = "note", value = CaseExamples.NOTE))))
    @ApiResponse(responseCode = "201", description = "Tillagt; svaret är ärendet som det nu är, Location dess adress.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Ärendets adress, /cases/{caseCode}.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "case", value = CaseExamples.CASE)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    public HttpResponse<CaseView> writeNote(@PathVariable String caseCode, @Body WriteNoteCommand command) {
        CaseView view = valueOf(notes.writeWorkingNote(caseCode, command));
        return HttpResponse.created(view, location(view));
    }

    @Post("/{caseCode}/journal")
    @Operation(operationId = "writeJournalNote",
            summary = "Journalanteckning; endast ärenden på individnivå (14 kap. 3 § SoL)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WriteNoteCommand.class),
                    examples = @ExampleObject(name = "journal", value = CaseExamples.NOTE))))
    @ApiResponse(responseCode = "201", description = "Tillagt; svaret är ärendet som det nu är, Location dess adress.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Ärendets adress, /cases/{caseCode}.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "case", value = CaseExamples.CASE)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    public HttpResponse<CaseView> writeJournal(@PathVariable String caseCode, @Body WriteNoteCommand command) {
        CaseView view = valueOf(notes.writeJournalNote(caseCode, command));
        return HttpResponse.created(view, location(view));
    }

    @Post("/{caseCode}/disclosures")
    @Operation(operationId = "discloseCase",
            summary = "Lämna ut ärendet (till personen, vårdnadshavare eller myndighet); ärenden med sekretess "
                    + "mot vårdnadshavare lämnas aldrig ut till vårdnadshavare",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-action",
                    value = "Lämnar ut ett befintligt ärende; utlämnandet loggas men har ingen egen adress.")),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DiscloseCaseCommand.class),
                    examples = @ExampleObject(name = "toThePerson", value = CaseExamples.DISCLOSURE))))
    @ApiResponse(responseCode = "200", description = "Det som lämnas ut, och när (utlämnandet är loggat).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DisclosureView.class),
                    examples = @ExampleObject(name = "disclosed", value = CaseExamples.DISCLOSED)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    public DisclosureView disclose(@PathVariable String caseCode, @Body DiscloseCaseCommand command) {
        return valueOf(disclosing.disclose(caseCode, command));
    }

    /** Sessions and notes have no address of their own: a client reads them in the case they were added to. */
    private static URI location(CaseView view) {
        return URI.create("/cases/" + view.caseCode());
    }

    /**
     * {@code PageView<CaseView>} as the document shows it: an annotation cannot name a generic type, so this record
     * has the page's fields with their item type (the Prism contract run checks the answers against it).
     */
    @Schema(name = "PageView_CaseView_")
    record CasePage(List<CaseView> items, int page, int size, long totalItems, int totalPages) {
    }
}
