package se.jamtland.barnahus.krissamtal;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.unit.web.RefusalProblems;
import se.jamtland.access.Roles;

import java.net.URI;

@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/krissamtal")
@Tag(name = "Krissamtal")
@ExecuteOn(TaskExecutors.BLOCKING)
public class KrissamtalController {

    private final RecordingKrissamtal recording;

    public KrissamtalController(RecordingKrissamtal recording) {
        this.recording = recording;
    }

    @Post
    @Operation(summary = "Registrera ett krissamtal i samband med ett barnförhör (rådgivande, inga namn)")
    public HttpResponse<RecordingKrissamtal.KrissamtalView> record(@Body RecordKrissamtalCommand command) {
        RecordingKrissamtal.KrissamtalView view = RefusalProblems.valueOf(recording.record(command));
        return HttpResponse.created(view, URI.create("/advisory-contacts/" + view.contact().id()));
    }
}
