package se.jamtland.unit.remiss.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.jamtland.access.CaseSystemCaller;
import se.jamtland.access.Roles;
import se.jamtland.unit.remiss.application.ReadingRemisser;
import se.jamtland.unit.remiss.application.ReceiveRemissCommand;
import se.jamtland.unit.remiss.application.ReceivingRemiss;
import se.jamtland.unit.remiss.application.RemissReceipt;

import se.jamtland.unit.web.ProblemResponses;

import java.net.URI;

import static se.jamtland.unit.web.RefusalProblems.valueOf;

/**
 * The case systems' door to the remiss inbox (issue 12), behind the gateway, which forwards the case system's own
 * token unchanged: the kommun acted for is the one the IdP signed into it, read here, never a field or a header
 * the gateway could set. Only CASE_SYSTEM tokens with a {@code kommun} claim get in (access.OwnUnitOnly).
 */
@Secured(Roles.CASE_SYSTEM)
@Controller("/case-system/remisser")
@Tag(name = "case-system-remisser", description = "Remisser från kommunernas verksamhetssystem")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CaseSystemRemissController {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";

    static final String RECEIPT = """
            {"id":"minimaria-3f1c2a9e-7b4d-4c1e-9a8f-2d6b5e4c3a21","insats":"minimaria-a-cra","status":"RECEIVED",\
            "receivedOn":"2026-03-02"}""";
    private static final String REMISS = """
            {"insats":"minimaria-a-cra","person":{"identityNumber":"19121212-1212","givenName":"Tolvan",\
            "familyName":"Tolvansson","phone":"070-000 00 00"},"guardians":[{"name":"Greta Exempel",\
            "phone":"070-000 00 01"}],"guardianConsentGiven":true,"consentToReferral":true,\
            "referrer":{"name":"Socialsekreterare Exempel","phone":"063-00 00 00"},\
            "message":"Behov av stöd kring alkohol, enligt samtal med familjen."}""";
    private static final String STATUS = """
            {"id":"minimaria-3f1c2a9e-7b4d-4c1e-9a8f-2d6b5e4c3a21","insats":"minimaria-a-cra","status":"DECLINED",\
            "receivedOn":"2026-03-02","decidedOn":"2026-03-05","declineReason":"NOT_REACHED"}""";

    private final ReceivingRemiss receiving;
    private final ReadingRemisser reading;

    public CaseSystemRemissController(ReceivingRemiss receiving, ReadingRemisser reading) {
        this.receiving = receiving;
        this.reading = reading;
    }

    @Post
    @Operation(operationId = "createRemiss", summary = "Skicka en remiss till en insats på individnivå",
            description = "Tar emot en remiss med personens samtycke. Samma Idempotency-Key och samma innehåll igen "
                    + "ger det första svaret (med Idempotency-Replayed: true) och sparar inget nytt; samma nyckel "
                    + "med annat innehåll ger 409.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ReceiveRemissCommand.class),
                    examples = @ExampleObject(name = "remiss", value = REMISS))))
    @ApiResponse(responseCode = "201", description = "Remissen är mottagen",
            headers = {@Header(name = "Location", description = "Remissens status",
                    schema = @Schema(type = "string", format = "uri-reference")),
                    @Header(name = REPLAYED, description = "true när svaret är det första svaret igen",
                            schema = @Schema(type = "string"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RemissReceipt.class),
                    examples = @ExampleObject(name = "mottagen", value = RECEIPT)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @ProblemResponses.Unavailable
    public HttpResponse<RemissReceipt> create(@Parameter(hidden = true) Authentication authentication,
                                              // Without the header the use case answers why, in Swedish.
                                              @io.micronaut.http.annotation.Header(value = IDEMPOTENCY_KEY,
                                                      defaultValue = "")
                                              @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
                                                      required = true, description = "En ny nyckel för varje "
                                                      + "ny remiss, samma nyckel när samma remiss skickas igen.",
                                                      schema = @Schema(type = "string",
                                                              pattern = "^[A-Za-z0-9._~-]{1,64}$",
                                                              example = "remiss-2026-0001"))
                                              String idempotencyKey,
                                              @Body ReceiveRemissCommand command) {
        ReceivingRemiss.Received received = valueOf(receiving.receive(caller(authentication), idempotencyKey,
                command));
        MutableHttpResponse<RemissReceipt> created = HttpResponse.created(received.receipt(),
                URI.create("/case-system/remisser/" + received.receipt().id()));
        return received.replayed() ? created.header(REPLAYED, "true") : created;
    }

    @Get("/{id}")
    @Operation(operationId = "getRemissStatus", summary = "Remissens status: mottagen, antagen eller avböjd (med skäl)")
    @ApiResponse(responseCode = "200", description = "Remissens status, utan personuppgifter",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RemissReceipt.class),
                    examples = @ExampleObject(name = "avböjd", value = STATUS)))
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    public RemissReceipt status(@Parameter(hidden = true) Authentication authentication, @PathVariable String id) {
        return valueOf(reading.statusFor(caller(authentication), id));
    }

    /** OwnUnitOnly let only a case system with a kommun in; this is the same check, where the kommun is used. */
    static CaseSystemCaller caller(Authentication authentication) {
        return CaseSystemCaller.from(authentication).orElseThrow(() -> new AuthorizationException(authentication));
    }
}
