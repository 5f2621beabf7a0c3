package se.jamtland.cmv.groups;

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
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.problem.openapi.ProblemResponses;
import se.jamtland.unit.web.PageView;

import java.net.URI;
import java.util.List;

@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/groups")
@Tag(name = "groups", description = "Gruppverksamhet")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class GroupController {

    private static final String GROUP = """
            {"id": 7, "insats": "cmv-gruppverksamhet", "startDate": "2025-09-01", "plannedSessions": 10,
             "sessionsHeld": 1, "catalogVersion": "2025-07-01",
             "sessions": [{"date": "2025-09-08", "participantCount": 6}]}""";
    private static final String STARTED = """
            {"id": 7, "insats": "cmv-gruppverksamhet", "startDate": "2025-09-01", "plannedSessions": 10,
             "sessionsHeld": 0, "catalogVersion": "2025-07-01", "sessions": []}""";

    private final RunningGroups groups;

    public GroupController(RunningGroups groups) {
        this.groups = groups;
    }

    @Post
    @Operation(operationId = "startGroup", summary = "Starta en gruppcykel (Gruppverksamhet, ca 10 tillfällen)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GroupCommands.StartGroupCommand.class),
                    examples = @ExampleObject(name = "autumn", value = """
                            {"startDate": "2025-09-01", "plannedSessions": 10}"""))))
    @ApiResponse(responseCode = "201", description = "Cykeln är startad; Location är dess adress.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Cykelns adress, /groups/{id}.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupView.class),
                    examples = @ExampleObject(name = "started", value = STARTED)))
    @ProblemResponses.BadRequest
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    public HttpResponse<GroupView> start(@Body GroupCommands.StartGroupCommand command) {
        GroupView view = groups.start(command);
        return HttpResponse.created(view, URI.create("/groups/" + view.id()));
    }

    @Get("/{id}")
    @Operation(operationId = "getGroup", summary = "En gruppcykel med hållna tillfällen")
    @ApiResponse(responseCode = "200", description = "Cykeln.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupView.class),
            examples = @ExampleObject(name = "group", value = GROUP)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public GroupView view(@PathVariable long id) {
        return groups.view(id);
    }

    @Get
    @Operation(operationId = "listGroups", summary = "Gruppcykler, sidindelat")
    @ApiResponse(responseCode = "200", description = "En sida cykler.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupPage.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + GROUP + "], \"page\": 0, "
                    + "\"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @ProblemResponses.BadRequest
    public PageView<GroupView> list(@QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return groups.list(page, size);
    }

    @Post("/{id}/sessions")
    @Operation(operationId = "recordGroupSession",
            summary = "Registrera ett grupptillfälle med antal deltagare (inga namn)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GroupCommands.RecordGroupSessionCommand.class),
                    examples = @ExampleObject(name = "session", value = """
                            {"date": "2025-09-08", "participantCount": 6}"""))))
    @ApiResponse(responseCode = "201",
            description = "Tillfället är registrerat; svaret är cykeln som den nu är, Location dess adress.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Cykelns adress, /groups/{id}.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupView.class),
                    examples = @ExampleObject(name = "group", value = GROUP)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    public HttpResponse<GroupView> recordSession(@PathVariable long id,
                                                 @Body GroupCommands.RecordGroupSessionCommand command) {
        GroupView view = groups.recordSession(id, command);
        // A session has no address of its own: a client reads it in the cycle it was added to.
        return HttpResponse.created(view, URI.create("/groups/" + view.id()));
    }

    /** {@code PageView<GroupView>} as the document shows it (an annotation cannot name a generic type). */
    @Schema(name = "PageView_GroupView_")
    record GroupPage(List<GroupView> items, int page, int size, long totalItems, int totalPages) {
    }
}
