package se.jamtland.unit.web;

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
 * The problem+json answers (RFC 9457) an operation can give, each documented once (issue 12, section 3: every
 * 4xx/5xx listed as application/problem+json with an example), put on an operation by name:
 * {@code @ProblemResponses.NotFound}. The problem's {@code type} says which refusal it is. The names are those of
 * problem-json's {@code openapi.ProblemResponses} on the contract branch, which can replace this one by its import.
 */
public final class ProblemResponses {

    private static final String UNAUTHORIZED = """
            {"type":"urn:jamtland:lansverksamheter:problem:unauthorized","title":"Inloggning krävs","status":401,\
            "instance":"urn:uuid:0b7e4c55-3f0a-4d43-9a39-5a4f0e1e8c11"}""";
    private static final String FORBIDDEN = """
            {"type":"urn:jamtland:lansverksamheter:problem:forbidden","title":"Åtkomst nekad","status":403,\
            "instance":"urn:uuid:0b7e4c55-3f0a-4d43-9a39-5a4f0e1e8c11"}""";
    private static final String BAD_REQUEST = """
            {"type":"urn:jamtland:lansverksamheter:problem:invalid-field","title":"Ogiltigt värde","status":400,\
            "errors":[{"pointer":"#/reason","detail":"Ange ett skäl ur listan."}],\
            "instance":"urn:uuid:0b7e4c55-3f0a-4d43-9a39-5a4f0e1e8c11"}""";
    private static final String NOT_FOUND = """
            {"type":"urn:jamtland:lansverksamheter:problem:remiss-not-found","title":"Remissen finns inte",\
            "status":404,"detail":"Det finns ingen sådan remiss här.",\
            "instance":"urn:uuid:0b7e4c55-3f0a-4d43-9a39-5a4f0e1e8c11"}""";
    private static final String CONFLICT = """
            {"type":"urn:jamtland:lansverksamheter:problem:remiss-already-decided","title":"Remissen är redan avgjord",\
            "status":409,"detail":"Remissen är redan avböjd. Den kan inte avgöras igen.",\
            "instance":"urn:uuid:0b7e4c55-3f0a-4d43-9a39-5a4f0e1e8c11"}""";
    private static final String RULE_NOT_MET = """
            {"type":"urn:jamtland:lansverksamheter:problem:remiss-needs-individual-insats",\
            "title":"Insatsen tar inte emot remisser","status":422,"detail":"Insatsen ges utan dokumenterad \
            identitet (14 kap. 4 § eller 5 § socialtjänstlagen), så enheten tar inte emot personuppgifter om den. \
            Personen kontaktar enheten direkt. Inget har sparats.","errors":[{"pointer":"#/insats",\
            "detail":"Insatsen ges utan dokumenterad identitet."}],\
            "instance":"urn:uuid:0b7e4c55-3f0a-4d43-9a39-5a4f0e1e8c11"}""";
    private static final String UNAVAILABLE = """
            {"type":"urn:jamtland:lansverksamheter:problem:eligibility-unavailable",\
            "title":"Villkorsprövningen är inte tillgänglig","status":503,\
            "instance":"urn:uuid:0b7e4c55-3f0a-4d43-9a39-5a4f0e1e8c11"}""";

    private ProblemResponses() {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "401", description = "Inloggning krävs: token saknas, är ogiltig eller utgången",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = UNAUTHORIZED)))
    public @interface Unauthorized {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "403", description = "Åtkomst nekad: tokens roll, enhet eller kommun gäller inte här",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = FORBIDDEN)))
    public @interface Forbidden {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", description = "Felaktig begäran: fälten som är fel namnges", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "problem", value = BAD_REQUEST)))
    public @interface BadRequest {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "404", description = "Finns inte här", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "problem", value = NOT_FOUND)))
    public @interface NotFound {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "409", description = "Krockar med hur det står till (redan avgjord, redan använd "
            + "nyckel, redan öppet ärende)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "problem",
            value = CONFLICT)))
    public @interface Conflict {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "422", description = "En regel i Bilagan eller lagen tillåter det inte",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = RULE_NOT_MET)))
    public @interface Unprocessable {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "503", description = "Katalogen eller villkorsprövningen kan inte nås just nu",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = UNAVAILABLE)))
    public @interface Unavailable {
    }
}
