package se.jamtland.unit.cases.web;

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
import jakarta.validation.constraints.Pattern;
import se.jamtland.access.Roles;
import se.jamtland.events.Vocabulary;
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

import static se.jamtland.unit.web.RefusalProblems.valueOf;

/** The HTTP door to cases: each route hands its command to one use case and turns the outcome into an answer. */
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/cases")
@Tag(name = "Ärenden")
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
    @Operation(summary = "Öppna ett ärende efter villkorsprövning; dokumentationsformen följer insatsen")
    public HttpResponse<CaseView> open(@Body OpenCaseCommand command) {
        CaseView view = valueOf(opening.open(command));
        return HttpResponse.created(view, URI.create("/cases/" + view.caseCode()));
    }

    @Get("/{caseCode}")
    @Operation(summary = "Ett ärende med sessioner, framsteg och anteckningar")
    public CaseView view(@PathVariable String caseCode) {
        return valueOf(reading.view(caseCode));
    }

    @Get
    @Operation(summary = "Ärenden, filtrerade på insats och öppna/avslutade, sidindelat")
    public PageView<CaseView> list(@QueryValue @Nullable @Pattern(regexp = Vocabulary.INSATS_ID_PATTERN,
                                           message = Vocabulary.INSATS_ID_MESSAGE) String insats,
                                   @QueryValue @Nullable Boolean open,
                                   @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return reading.list(insats, open, page, size);
    }

    @Post("/{caseCode}/sessions")
    @Operation(summary = "Registrera en session (SESSION, BOOSTER, FOLLOW_UP)")
    public HttpResponse<CaseView> recordSession(@PathVariable String caseCode, @Body RecordSessionCommand command) {
        return HttpResponse.created(valueOf(sessions.record(caseCode, command)));
    }

    @Post("/{caseCode}/closure")
    @Operation(summary = "Avsluta ärendet (COMPLETED, DISCONTINUED, REFERRED)")
    public CaseView close(@PathVariable String caseCode, @Body CloseCaseCommand command) {
        return valueOf(closing.close(caseCode, command));
    }

    @Post("/{caseCode}/notes")
    @Operation(summary = "Arbetsanteckning på ett avidentifierat ärende; uppgifter som kan röja identitet avvisas")
    public HttpResponse<CaseView> writeNote(@PathVariable String caseCode, @Body WriteNoteCommand command) {
        return HttpResponse.created(valueOf(notes.writeWorkingNote(caseCode, command)));
    }

    @Post("/{caseCode}/journal")
    @Operation(summary = "Journalanteckning; endast ärenden på individnivå (14 kap. 3 § SoL)")
    public HttpResponse<CaseView> writeJournal(@PathVariable String caseCode, @Body WriteNoteCommand command) {
        return HttpResponse.created(valueOf(notes.writeJournalNote(caseCode, command)));
    }

    @Post("/{caseCode}/disclosures")
    @Operation(summary = "Lämna ut ärendet (till personen, vårdnadshavare eller myndighet); ärenden med sekretess "
            + "mot vårdnadshavare lämnas aldrig ut till vårdnadshavare")
    public DisclosureView disclose(@PathVariable String caseCode, @Body DiscloseCaseCommand command) {
        return valueOf(disclosing.disclose(caseCode, command));
    }
}
