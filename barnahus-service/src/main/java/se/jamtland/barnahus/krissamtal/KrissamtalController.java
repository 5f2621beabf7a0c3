package se.jamtland.barnahus.krissamtal;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
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
import se.jamtland.unit.web.RefusalProblems;

import java.net.URI;

@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/krissamtal")
@Tag(name = "krissamtal", description = "Krissamtal")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class KrissamtalController {

    private final RecordingKrissamtal recording;

    public KrissamtalController(RecordingKrissamtal recording) {
        this.recording = recording;
    }

    @Post
    @Operation(operationId = "recordKrissamtal",
            summary = "Registrera ett krissamtal i samband med ett barnförhör (rådgivande, inga namn)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordKrissamtalCommand.class),
                    examples = @ExampleObject(name = "afterInterview", value = """
                            {"interviewDate": "2025-09-15", "participants": ["CHILD", "GUARDIAN"], "ageBand": "13-14",
                             "durationMinutes": 45}"""))))
    @ApiResponse(responseCode = "201",
            description = "Samtalet är registrerat som rådgivande kontakt; Location är kontaktens adress.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Kontaktens adress, /advisory-contacts/{id}.",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordingKrissamtal.KrissamtalView.class),
                    examples = @ExampleObject(name = "recorded", value = """
                            {"contact": {"id": 12, "insats": "barnahus-krissamtal", "date": "2025-09-15",
                                         "channel": "VISIT", "askedBy": "SELF", "ageBand": "13-14",
                                         "gender": "unknown", "kommun": "unknown", "topicCodes": ["BARNFORHOR"],
                                         "durationMinutes": 45, "participantCount": 2,
                                         "catalogVersion": "2025-07-01"},
                             "interviewDate": "2025-09-15", "participants": ["CHILD", "GUARDIAN"]}""")))
    @ProblemResponses.BadRequest
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @ProblemResponses.Unprocessable
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    public HttpResponse<RecordingKrissamtal.KrissamtalView> record(@Body RecordKrissamtalCommand command) {
        RecordingKrissamtal.KrissamtalView view = RefusalProblems.valueOf(recording.record(command));
        return HttpResponse.created(view, URI.create("/advisory-contacts/" + view.contact().id()));
    }
}
