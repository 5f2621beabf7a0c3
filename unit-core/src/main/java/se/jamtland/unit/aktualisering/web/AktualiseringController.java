package se.jamtland.unit.aktualisering.web;

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
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.Roles;
import se.jamtland.unit.aktualisering.application.AktualiseringView;
import se.jamtland.unit.aktualisering.application.RegisterAktualiseringCommand;
import se.jamtland.unit.aktualisering.application.RegisteringAktualisering;
import se.jamtland.unit.web.PageView;
import se.jamtland.unit.web.ProblemResponses;

import java.net.URI;
import java.util.List;

import static se.jamtland.unit.web.RefusalProblems.valueOf;

/** Staff record an aktualisering to a person's kommun, with the person's consent (issue 12), and follow them up. */
@Secured({Roles.STAFF, Roles.UNIT_MANAGER})
@Controller("/aktualiseringar")
@Tag(name = "aktualiseringar", description = "Aktualiseringar till kommunernas socialtjänst, med personens samtycke")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AktualiseringController {

    static final String REQUEST = """
            {"insats":"minimaria-a-cra","kommun":"2380","unmetConditions":["AGE"],"consentGiven":true,\
            "person":{"givenName":"Astrid","familyName":"Exempel","phone":"070-000 00 00"},\
            "message":"Vill ha kontakt om stöd för sitt alkoholbruk."}""";
    static final String VIEW = """
            {"id":"minimaria-8d2e4f10-1c3b-4a5d-8e6f-7a9b0c1d2e3f","insats":"minimaria-a-cra","kommun":"2380",\
            "kommunName":"Östersund","registeredOn":"2026-03-02","unmetConditions":["AGE"],\
            "consentRecordedOn":"2026-03-02","person":{"givenName":"Astrid","familyName":"Exempel",\
            "phone":"070-000 00 00"},"message":"Vill ha kontakt om stöd för sitt alkoholbruk.","delivered":false}""";

    /** {@code PageView<AktualiseringView>} as the document shows it (an annotation cannot name a generic type). */
    @Schema(name = "PageView_AktualiseringView_", description = "En sida aktualiseringar")
    record AktualiseringPage(List<AktualiseringView> items, int page, int size, long totalItems, int totalPages) {
    }

    private final RegisteringAktualisering registering;

    public AktualiseringController(RegisteringAktualisering registering) {
        this.registering = registering;
    }

    @Post
    @Operation(operationId = "createAktualisering", summary = "Registrera en aktualisering till personens kommun; "
            + "kräver personens samtycke",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RegisterAktualiseringCommand.class),
                    examples = @ExampleObject(name = "aktualisering", value = REQUEST))))
    @ApiResponse(responseCode = "201", description = "Aktualiseringen är registrerad",
            headers = @Header(name = "Location", description = "Aktualiseringen",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation =
                    AktualiseringView.class), examples = @ExampleObject(name = "registrerad", value = VIEW)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.Unprocessable
    @ProblemResponses.Unavailable
    public HttpResponse<AktualiseringView> create(@Body RegisterAktualiseringCommand command) {
        AktualiseringView view = valueOf(registering.register(command));
        return HttpResponse.created(view, URI.create("/aktualiseringar/" + view.id()));
    }

    @Get("/{id}")
    @Operation(operationId = "getAktualisering", summary = "En aktualisering, med om kommunen har hämtat den")
    @ApiResponse(responseCode = "200", description = "Aktualiseringen", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = AktualiseringView.class),
            examples = @ExampleObject(name = "aktualisering", value = VIEW)))
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public AktualiseringView view(@PathVariable String id) {
        return valueOf(registering.view(id));
    }

    @Get
    @Operation(operationId = "listAktualiseringar", summary = "Enhetens aktualiseringar, nyast först, med om "
            + "kommunen har hämtat dem")
    @ApiResponse(responseCode = "200", description = "En sida aktualiseringar", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = AktualiseringPage.class),
            examples = @ExampleObject(name = "lista",
            value = "{\"items\":[" + VIEW + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}")))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    public PageView<AktualiseringView> list(@QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return registering.list(page, size);
    }
}
