package se.jamtland.unit.advisory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import se.jamtland.access.Roles;
import se.jamtland.events.Vocabulary;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.RefusalProblems;
import se.jamtland.unit.web.Paging;
import se.jamtland.unit.web.Period;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/advisory-contacts")
@Tag(name = "Rådgivande kontakter")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdvisoryContactController {

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
    @Operation(summary = "Registrera en rådgivande kontakt (14 kap. 4 § SoL), utan uppgifter om personen")
    public HttpResponse<AdvisoryContactView> record(@Body RecordAdvisoryContactCommand command) {
        AdvisoryContactView view = RefusalProblems.valueOf(recording.record(command));
        return HttpResponse.created(view, URI.create("/advisory-contacts/" + view.id()));
    }

    @Get
    @Operation(summary = "Rådgivande kontakter i en period (standard de senaste 30 dagarna), sidindelat")
    public PageView<AdvisoryContactView> list(@QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to,
                                              @QueryValue @Nullable @Pattern(regexp = Vocabulary.INSATS_ID_PATTERN,
                                                      message = Vocabulary.INSATS_ID_MESSAGE) String insats,
                                              @QueryValue @Nullable Integer page,
                                              @QueryValue @Nullable Integer size) {
        Period period = Period.of(from, to, clock);
        return PageView.of(contacts.list(period.from(), period.to(), insats,
                Paging.of(page, size)), AdvisoryContactView::of);
    }
}
