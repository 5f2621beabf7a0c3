package se.jamtland.problem.openapi;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.jamtland.problem.Problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers of the suite's operations as their OpenAPI documents list them: each annotation here is one
 * status, answered as {@code application/problem+json} with the {@link Problem} schema, a Swedish description
 * naming the problem types it carries, and an example. Put the ones an operation can return on its method (or on
 * the controller, for those every route of it can return): the documents then tell a case-system vendor what to
 * handle, and the contract checks (root {@code .spectral.yaml}) find every 4xx/5xx documented.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** 400: Ogiltig begäran. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "400",
            description = "Ogiltig begäran: ett fält saknas, har fel typ eller ett otillåtet värde (typer "
                    + "`bad-request`, `invalid-field`, `invalid-query`). Fältet pekas ut i `errors`, värdet "
                    + "upprepas aldrig.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:invalid-field",
                             "title": "Ogiltig begäran",
                             "status": 400,
                             "detail": "Ett eller flera fält är fel.",
                             "instance": "urn:uuid:0b7c2d4e-8f1a-4c3b-9d2e-5a6f7b8c9d0e",
                             "errors": [{"pointer": "#/insats", "detail": "Fältet krävs."}]}""")))
    public @interface BadRequest {
    }

    /** 401: Inloggning krävs. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "401",
            description = "Inloggning krävs: token saknas, är ogiltig, utgången eller från fel utfärdare (typ "
                    + "`unauthorized`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:unauthorized",
                             "title": "Inloggning krävs",
                             "status": 401,
                             "detail": "Begäran saknar giltig inloggning.",
                             "instance": "urn:uuid:1c8d3e5f-9a2b-4d4c-8e3f-6b7a8c9d0e1f"}""")))
    public @interface Unauthorized {
    }

    /** 403: Åtkomst nekad. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "403",
            description = "Åtkomst nekad: tokens roll eller enhet ger inte rätt till detta (typ `forbidden`, "
                    + "eller en regel som förbjuder det).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:forbidden",
                             "title": "Åtkomst nekad",
                             "status": 403,
                             "detail": "Du har inte behörighet till detta.",
                             "instance": "urn:uuid:2d9e4f6a-0b3c-4e5d-9f4a-7c8b9d0e1f2a"}""")))
    public @interface Forbidden {
    }

    /** 404: Hittades inte. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "404",
            description = "Hittades inte: det finns inget sådant objekt hos tjänsten (typ `not-found`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:not-found",
                             "title": "Hittades inte",
                             "status": 404,
                             "detail": "Det finns ingen resurs på den adressen.",
                             "instance": "urn:uuid:3e0f5a7b-1c4d-4f6e-8a5b-8d9c0e1f2a3b"}""")))
    public @interface NotFound {
    }

    /** 406: Svarsformatet stöds inte. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "406",
            description = "Svarsformatet stöds inte: Accept nämner inget format som tjänsten kan svara med (typ "
                    + "`not-acceptable`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:not-acceptable",
                             "title": "Svarsformatet stöds inte",
                             "status": 406,
                             "instance": "urn:uuid:0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"}""")))
    public @interface NotAcceptable {
    }

    /** 409: Konflikt med det som redan finns. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "409",
            description = "Konflikt med det som redan finns, t.ex. ett redan öppet eller avslutat ärende (typ "
                    + "efter regeln, t.ex. `open-case-exists`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:open-case-exists",
                             "title": "Det finns redan ett öppet ärende",
                             "status": 409,
                             "instance": "urn:uuid:4f1a6b8c-2d5e-4a7f-9b6c-9e0d1f2a3b4c"}""")))
    public @interface Conflict {
    }

    /** 413: För stor begäran. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "413",
            description = "För stor begäran: innehållet är större än tjänsten tar emot "
                    + "(typ `payload-too-large`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:payload-too-large",
                             "title": "För stor begäran",
                             "status": 413,
                             "detail": "Begärans innehåll är för stort.",
                             "instance": "urn:uuid:5a2b7c9d-3e6f-4b8a-8c7d-0f1e2a3b4c5d"}""")))
    public @interface PayloadTooLarge {
    }

    /** 415: Innehållstypen stöds inte. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "415",
            description = "Innehållstypen stöds inte: skicka innehållet som application/json (typ "
                    + "`unsupported-media-type`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:unsupported-media-type",
                             "title": "Innehållstypen stöds inte",
                             "status": 415,
                             "detail": "Skicka innehållet som application/json.",
                             "instance": "urn:uuid:6b3c8d0e-4f7a-4c9b-9d8e-1a2f3b4c5d6e"}""")))
    public @interface UnsupportedMediaType {
    }

    /** 422: Begäran kan inte behandlas. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "422",
            description = "Begäran kan inte behandlas: den är rätt formad men en regel hindrar den, och `type` "
                    + "säger vilken, t.ex. ett villkor i Bilaga 1 som inte är uppfyllt "
                    + "(`refer-to-needs-assessment`), en insats med annan dokumentationsform eller uppgifter som "
                    + "kan röja identitet (`identity-data-not-allowed`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:refer-to-needs-assessment",
                             "title": "Villkoren för insatsen är inte uppfyllda",
                             "status": 422,
                             "detail": "Hänvisa till en behovsprövning hos kommunen.",
                             "instance": "urn:uuid:7c4d9e1f-5a8b-4d0c-8e9f-2b3a4c5d6e7f"}""")))
    public @interface Unprocessable {
    }

    /** 429: För många förfrågningar. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "429",
            description = "För många förfrågningar från samma klient; `Retry-After` säger hur många sekunder "
                    + "som ska gå innan nästa försök (typ `too-many-requests`).",
            headers = @Header(name = "Retry-After", description = "Sekunder till nästa försök.",
                    schema = @Schema(type = "integer", example = "1")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:too-many-requests",
                             "title": "För många förfrågningar",
                             "status": 429,
                             "detail": "Vänta en stund och försök igen.",
                             "instance": "urn:uuid:8d5e0f2a-6b9c-4e1d-9f0a-3c4b5d6e7f8a"}""")))
    public @interface TooManyRequests {
    }

    /** 503: Tjänsten kan inte svara just nu. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "503",
            description = "Tjänsten eller en tjänst den behöver (t.ex. villkorsprövningen) kan inte svara just nu "
                    + "(typ `unavailable`).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = """
                            {"type": "urn:jamtland:lansverksamheter:problem:unavailable",
                             "title": "Tjänsten är inte tillgänglig",
                             "status": 503,
                             "detail": "Försök igen om en stund.",
                             "instance": "urn:uuid:9e6f1a3b-7c0d-4f2e-8a1b-4d5c6e7f8a9b"}""")))
    public @interface Unavailable {
    }
}
