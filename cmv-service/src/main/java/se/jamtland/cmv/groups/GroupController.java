package se.jamtland.cmv.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.unit.web.PageView;

import java.net.URI;

@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/groups")
@Tag(name = "Gruppverksamhet")
@ExecuteOn(TaskExecutors.BLOCKING)
public class GroupController {

    private final RunningGroups groups;

    public GroupController(RunningGroups groups) {
        this.groups = groups;
    }

    @Post
    @Operation(summary = "Starta en gruppcykel (Gruppverksamhet, ca 10 tillfällen)")
    public HttpResponse<GroupView> start(@Body GroupCommands.StartGroupCommand command) {
        GroupView view = groups.start(command);
        return HttpResponse.created(view, URI.create("/groups/" + view.id()));
    }

    @Get("/{id}")
    @Operation(summary = "En gruppcykel med hållna tillfällen")
    public GroupView view(@PathVariable long id) {
        return groups.view(id);
    }

    @Get
    @Operation(summary = "Gruppcykler, sidindelat")
    public PageView<GroupView> list(@QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return groups.list(page, size);
    }

    @Post("/{id}/sessions")
    @Operation(summary = "Registrera ett grupptillfälle med antal deltagare (inga namn)")
    public HttpResponse<GroupView> recordSession(@PathVariable long id,
                                                 @Body GroupCommands.RecordGroupSessionCommand command) {
        return HttpResponse.created(groups.recordSession(id, command));
    }
}
