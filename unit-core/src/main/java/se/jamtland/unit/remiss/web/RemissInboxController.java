package se.jamtland.unit.remiss.web;

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
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.unit.cases.application.CaseView;
import se.jamtland.unit.remiss.application.AcceptRemissCommand;
import se.jamtland.unit.remiss.application.DecidingRemiss;
import se.jamtland.unit.remiss.application.DeclineRemissCommand;
import se.jamtland.unit.remiss.application.ReadingRemisser;
import se.jamtland.unit.remiss.application.RemissStatus;
import se.jamtland.unit.remiss.application.RemissView;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.ProblemResponses;

import java.net.URI;
import java.util.List;

import static se.jamtland.unit.web.RefusalProblems.valueOf;

/**
 * The unit's remiss inbox for its staff (issue 12): list, read, accept (a case through normal intake) or decline.
 * Every remiss shown or decided is in the access log.
 */
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/remisser")
@Tag(name = "remisser", description = "Remissinkorgen: remisser från kommunerna")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RemissInboxController {

    private static final String SUMMARY = """
            {"items":[{"id":"minimaria-3f1c2a9e-7b4d-4c1e-9a8f-2d6b5e4c3a21","insats":"minimaria-a-cra",\
            "status":"RECEIVED","receivedOn":"2026-03-02","kommun":"2380","kommunName":"Östersund"}],\
            "page":0,"size":20,"totalItems":1,"totalPages":1}""";
    private static final String WHOLE = """
            {"id":"minimaria-3f1c2a9e-7b4d-4c1e-9a8f-2d6b5e4c3a21","insats":"minimaria-a-cra","status":"DECLINED",\
            "receivedOn":"2026-03-02","kommun":"2380","kommunName":"Östersund","decidedOn":"2026-03-05",\
            "declineReason":"NOT_REACHED","declineReasonLabel":"Enheten har inte fått kontakt med personen",\
            "guardianConsentGiven":true,"person":{"identityNumber":"191212121212","givenName":"Tolvan",\
            "familyName":"Tolvansson","phone":"070-000 00 00"},"guardians":[{"name":"Greta Exempel"}],\
            "referrer":{"name":"Socialsekreterare Exempel","phone":"063-00 00 00"},\
            "message":"Behov av stöd kring alkohol."}""";
    private static final String CASE = """
            {"caseCode":"K7QM-4TXC","insats":"minimaria-a-cra","regime":"INDIVIDUAL","startDate":"2026-03-05",\
            "ageBand":"18-21","gender":"unknown","kommun":"2380","guardianConsent":"NOT_REQUIRED",\
            "guardianSecrecy":false,"catalogVersion":"2025-07-01","open":true,\
            "person":{"identityNumber":"191212121212","givenName":"Tolvan","familyName":"Tolvansson"}}""";

    /** {@code PageView<RemissView>} as the document shows it (an annotation cannot name a generic type). */
    @Schema(name = "PageView_RemissView_", description = "En sida remisser")
    record RemissPage(List<RemissView> items, int page, int size, long totalItems, int totalPages) {
    }

    private final ReadingRemisser reading;
    private final DecidingRemiss deciding;

    public RemissInboxController(ReadingRemisser reading, DecidingRemiss deciding) {
        this.reading = reading;
        this.deciding = deciding;
    }

    @Get
    @Operation(operationId = "listRemisser", summary = "Inkorgen: remisser efter status (standard mottagna), "
            + "äldst först, sidindelat, utan personuppgifter")
    @ApiResponse(responseCode = "200", description = "En sida remisser", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = RemissPage.class),
            examples = @ExampleObject(name = "inkorg", value = SUMMARY)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    public PageView<RemissView> list(@QueryValue @Nullable RemissStatus status, @QueryValue @Nullable Integer page,
                                     @QueryValue @Nullable Integer size) {
        return reading.inbox(status, page, size);
    }

    @Get("/{id}")
    @Operation(operationId = "getRemiss", summary = "En remiss med person, vårdnadshavare, remittent och meddelande")
    @ApiResponse(responseCode = "200", description = "Remissen", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = RemissView.class), examples = @ExampleObject(name = "remiss",
            value = WHOLE)))
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public RemissView view(@PathVariable String id) {
        return valueOf(reading.view(id));
    }

    @Post("/{id}/acceptance")
    @Operation(operationId = "acceptRemiss", summary = "Anta remissen: ett ärende öppnas efter villkorsprövning med "
            + "remissens person och vårdnadshavare",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AcceptRemissCommand.class), examples = @ExampleObject(
                    name = "antagande", value = "{\"startDate\":\"2026-03-05\"}"))))
    @ApiResponse(responseCode = "201", description = "Ärendet är öppnat och remissen antagen",
            headers = @Header(name = "Location", description = "Ärendet",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "ärende", value = CASE)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.Unavailable
    public HttpResponse<CaseView> accept(@PathVariable String id, @Body @Nullable AcceptRemissCommand command) {
        CaseView opened = valueOf(deciding.accept(id, command));
        return HttpResponse.created(opened, URI.create("/cases/" + opened.caseCode()));
    }

    @Post("/{id}/decline")
    @Operation(operationId = "declineRemiss", summary = "Avböj remissen med ett skäl ur listan",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-action",
                    value = "Avgör en befintlig remiss; inget nytt skapas.")),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DeclineRemissCommand.class), examples = @ExampleObject(
                    name = "avböjande", value = "{\"reason\":\"NOT_REACHED\"}"))))
    @ApiResponse(responseCode = "200", description = "Remissen är avböjd", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = RemissView.class),
            examples = @ExampleObject(name = "remiss", value = WHOLE)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public RemissView decline(@PathVariable String id, @Body DeclineRemissCommand command) {
        return valueOf(deciding.decline(id, command));
    }
}
