package se.jamtland.gateway.remiss;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import se.jamtland.access.Roles;
import se.jamtland.gateway.access.CaseSystems;
import se.jamtland.gateway.catalog.Eligibility;
import se.jamtland.runtime.trace.TraceContext;
import se.jamtland.runtime.trace.TraceContextFilter;
import se.jamtland.gateway.upstream.Forwarding;
import se.jamtland.gateway.upstream.BodyProblemResponses;
import se.jamtland.gateway.upstream.GatewayProblemResponses;
import se.jamtland.gateway.upstream.Relay;
import se.jamtland.gateway.upstream.UpstreamCall;
import se.jamtland.gateway.upstream.Upstreams;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.problem.ProblemInstance;

import java.util.Map;

/**
 * Remisser into a unit's inbox (issue 12, 2). The gateway reads the body only to refuse what cannot be a remiss
 * (its shape, an insats without documented identity) before anything leaves it; an accepted one goes on, as the
 * bytes it came as, with the Idempotency-Key and the case system's own token, to the unit that gives the insats.
 * The unit stores it and answers; the gateway stores nothing.
 */
@Controller("/api/v1/remisser")
@Secured(Roles.CASE_SYSTEM)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "remisser")
public class RemissController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String KEY_FORMAT = "[A-Za-z0-9._~-]{1,64}";
    private static final String UNIT_PREFIX = "/case-system/remisser/";
    private static final String OWN_PREFIX = "/api/v1/remisser/";

    static final String REMISS_EXAMPLE = "{\"insats\":\"minimaria-a-cra\",\"person\":{\"identityNumber\":"
            + "\"20080614-2384\",\"givenName\":\"Alva\",\"familyName\":\"Exempelsson\",\"phone\":\"070-000 00 00\"},"
            + "\"guardianConsentGiven\":false,\"consentToReferral\":true,\"referrer\":{\"name\":\"Socialsekreterare "
            + "Exempel\",\"phone\":\"063-00 00 00\"},\"message\":\"Önskar kontakt inom en vecka.\"}";
    static final String RECEIVED_EXAMPLE = "{\"id\":\"minimaria-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e\",\"insats\":"
            + "\"minimaria-a-cra\",\"status\":\"RECEIVED\",\"receivedOn\":\"2026-12-01\"}";
    static final String STATUS_EXAMPLE = "{\"id\":\"minimaria-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e\",\"insats\":"
            + "\"minimaria-a-cra\",\"status\":\"DECLINED\",\"receivedOn\":\"2026-12-01\",\"decidedOn\":\"2026-12-03\","
            + "\"declineReason\":\"NOT_REACHED\"}";
    static final String NOT_INDIVIDUAL_EXAMPLE = "{\"type\":\"urn:jamtland:lansverksamheter:problem:"
            + "remiss-needs-individual-insats\",\"title\":\"Insatsen tar inte emot remisser\",\"status\":422,"
            + "\"detail\":\"Insatsen ges utan dokumenterad identitet, så den tar inte emot remisser med "
            + "personuppgifter. Personen tar själv kontakt med verksamheten. Kontakta Mini-Maria Jämtland "
            + "Härjedalen direkt, per telefon, via chatt eller vid ett besök.\",\"instance\":"
            + "\"urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"unit\":{\"id\":\"minimaria\",\"name\":"
            + "\"Mini-Maria Jämtland Härjedalen\",\"contact\":{\"channels\":[\"PHONE\",\"CHAT\",\"VISIT\"],\"text\":"
            + "\"Ring, chatta eller besök Mini-Maria Jämtland Härjedalen. Telefonnummer, chattadress och "
            + "besöksadress: att fastställa.\",\"inference\":true}}}";
    static final String NOT_FOUND_EXAMPLE = "{\"type\":\"urn:jamtland:lansverksamheter:problem:remiss-not-found\","
            + "\"title\":\"Remissen finns inte\",\"status\":404,\"detail\":\"Det finns ingen remiss med det id:t från "
            + "er kommun.\",\"instance\":\"urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae8\"}";
    static final String CONFLICT_EXAMPLE = "{\"type\":\"urn:jamtland:lansverksamheter:problem:"
            + "idempotency-key-reused\",\"title\":\"Nyckeln är redan använd\",\"status\":409,\"detail\":\"Samma "
            + "Idempotency-Key har redan använts för en annan remiss.\",\"instance\":"
            + "\"urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae9\"}";

    private final ReadingRemiss reading;
    private final Eligibility eligibility;
    private final Forwarding forwarding;
    private final Upstreams upstreams;

    public RemissController(ReadingRemiss reading, Eligibility eligibility, Forwarding forwarding,
                            Upstreams upstreams) {
        this.reading = reading;
        this.eligibility = eligibility;
        this.forwarding = forwarding;
        this.upstreams = upstreams;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRemiss", summary = "Skicka en remiss till en insats",
            description = "Bara en insats med dokumentationsformen INDIVIDUAL (14 kap. 3 § SoL) tar emot en remiss; "
                    + "den går till verksamheten som ger insatsen och lagras bara där. För en rådgivande eller "
                    + "avidentifierad insats tas inga personuppgifter emot: svaret (422) anger verksamhetens "
                    + "kontaktväg. Samma Idempotency-Key med samma innehåll ger det första svaret igen (med "
                    + "Idempotency-Replayed: true) och skapar inget nytt; med annat innehåll 409.")
    @ApiResponse(responseCode = "201", description = "Remissen är mottagen",
            headers = {
                    @io.swagger.v3.oas.annotations.headers.Header(name = "Location", required = true,
                            description = "Remissens adress, /api/v1/remisser/{id}", schema = @Schema(type = "string")),
                    @io.swagger.v3.oas.annotations.headers.Header(name = "Idempotency-Replayed",
                            description = "true när svaret är det första svaret på samma nyckel",
                            schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(value = RECEIVED_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Nyckeln är använd för en annan remiss",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = CONFLICT_EXAMPLE)))
    @ApiResponse(responseCode = "422", description = "Insatsen tar inte emot remisser "
            + "(remiss-needs-individual-insats, med verksamhetens kontaktväg), okänd insats (unknown-insats), "
            + "personens samtycke saknas (remiss-needs-consent), ogiltigt personnummer (invalid-identity-number) "
            + "eller annat villkor som inte är uppfyllt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ContactProblem.class),
                    examples = @ExampleObject(value = NOT_INDIVIDUAL_EXAMPLE)))
    @BodyProblemResponses
    @GatewayProblemResponses
    public MutableHttpResponse<?> create(
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, required = true, example = "b5a1c0de-42",
                    description = "1–64 tecken av A–Z, a–z, 0–9, punkt, understreck, tilde och bindestreck; samma nyckel "
                            + "vid ett nytt försök")
            @Header(IDEMPOTENCY_KEY) @Pattern(regexp = KEY_FORMAT, message = "1–64 tecken av A–Z, a–z, 0–9, . _ ~ -.")
            String idempotencyKey,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RemissRequest.class),
                    examples = @ExampleObject(value = REMISS_EXAMPLE)))
            @Body byte[] body, Authentication authentication, HttpRequest<?> request) {
        CaseSystems.caller(authentication);
        RemissRequest remiss = reading.read(body);
        if (!remiss.consentToReferral()) {
            // The unit's own refusal, made here too so that nothing with identity leaves the gateway without it.
            throw ProblemException.unprocessable("remiss-needs-consent", "Personens samtycke till remissen saknas",
                    "En remiss med personuppgifter tas emot bara när personen har samtyckt till den "
                            + "(consentToReferral: true). Inget har skickats eller sparats.", "consentToReferral");
        }
        TraceContext trace = TraceContextFilter.of(request);
        RemissDestination destination = RemissDestination.of(remiss.insats(), eligibility.routes(trace));
        if (destination instanceof RemissDestination.UnknownInsats) {
            throw ProblemException.unprocessable("unknown-insats", "Okänd insats",
                    "Katalogen har ingen insats med det id:t.", "insats");
        }
        if (destination instanceof RemissDestination.WithoutDocumentedIdentity refused) {
            return withoutDocumentedIdentity(refused, request);
        }
        String unit = ((RemissDestination.ToUnit) destination).unit();
        Map<String, String> headers = CaseSystems.ownToken(request);
        headers.put("Content-Type", MediaType.APPLICATION_JSON);
        headers.put(IDEMPOTENCY_KEY, idempotencyKey);
        return Relay.answer(forwarding.send(upstreams.required(unit),
                UpstreamCall.post("/api/v1/remisser", "/case-system/remisser", headers, body), trace),
                RemissController::ownLocation);
    }

    @Get("/{id}")
    @Operation(operationId = "getRemiss", summary = "En remiss status",
            description = "Bara den remitterande kommunen ser sin remiss: RECEIVED, ACCEPTED (ett ärende är öppnat) "
                    + "eller DECLINED med ett skäl ur en fast lista (PERSON_DECLINED, NOT_REACHED, VILLKOR_NOT_MET, "
                    + "ALREADY_OPEN_CASE, OTHER_INSATS_BETTER). En annan kommuns remiss, eller ingen, ger 404.")
    @ApiResponse(responseCode = "200", description = "Remissens status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
                    examples = @ExampleObject(value = STATUS_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "Ingen remiss med det id:t från er kommun (remiss-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GatewayProblemResponses
    public MutableHttpResponse<byte[]> status(
            @Parameter(description = "Remissens id", example = "minimaria-3f1c2b4d-8e9a-4b7c-9d1e-2f3a4b5c6d7e")
            @PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        CaseSystems.caller(authentication);
        String unit = RemissIds.unitOf(id).orElseThrow(RemissController::notFound);
        return Relay.answer(forwarding.send(upstreams.required(unit),
                UpstreamCall.get("/api/v1/remisser/{id}", UNIT_PREFIX + id, CaseSystems.ownToken(request)),
                TraceContextFilter.of(request)));
    }

    private static MutableHttpResponse<ContactProblem> withoutDocumentedIdentity(
            RemissDestination.WithoutDocumentedIdentity refused, HttpRequest<?> request) {
        String unitName = refused.contact().map(contact -> contact.name())
                .orElseGet(() -> se.jamtland.events.Unit.byId(refused.unit()).orElseThrow().swedishName());
        // The catalog's route already names the unit ("Kontakta … direkt, per telefon …"); without one, name it here.
        String route = refused.contact().map(contact -> " Personen tar själv kontakt med verksamheten. "
                + contact.contact().text()).orElse(" Personen kontaktar " + unitName + " direkt.");
        ContactProblem problem = new ContactProblem(Problem.TYPE_PREFIX + "remiss-needs-individual-insats",
                "Insatsen tar inte emot remisser", 422, "Insatsen ges utan dokumenterad identitet, så den tar inte "
                + "emot remisser med personuppgifter." + route,
                ProblemInstance.of(request, 422), refused.contact().orElse(null));
        return HttpResponse.<ContactProblem>status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("remiss-not-found", "Remissen finns inte",
                "Det finns ingen remiss med det id:t från er kommun.");
    }

    /** The unit's {@code /case-system/remisser/{id}} is the gateway's {@code /api/v1/remisser/{id}}. */
    private static String ownLocation(String location) {
        return location.startsWith(UNIT_PREFIX) ? OWN_PREFIX + location.substring(UNIT_PREFIX.length()) : location;
    }
}
