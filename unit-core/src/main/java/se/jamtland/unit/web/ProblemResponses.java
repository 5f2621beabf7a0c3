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
 * {@code @ProblemResponses.NotFound}. The problem's {@code type} says which refusal it is.
 */
public final class ProblemResponses {

    private static final String EXAMPLE = """
            {"type":"urn:jamtland:lansverksamheter:problem:remiss-not-found","title":"Remissen finns inte",\
            "status":404,"detail":"Det finns ingen sådan remiss här.",\
            "instance":"urn:uuid:0b7e4c55-3f0a-4d43-9a39-5a4f0e1e8c11"}""";

    private ProblemResponses() {
    }

    /** 401 without a valid token, 403 for a token this route does not take. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "401", description = "Ingen giltig token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "problem", value = EXAMPLE)))
    @ApiResponse(responseCode = "403", description = "Token gäller inte här", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "problem", value = EXAMPLE)))
    public @interface TokenRefused {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "400", description = "Felaktig begäran: fälten som är fel namnges", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "problem", value = EXAMPLE)))
    public @interface BadRequest {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "404", description = "Finns inte här", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "problem", value = EXAMPLE)))
    public @interface NotFound {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "409", description = "Krockar med hur det står till (redan avgjord, redan använd "
            + "nyckel, redan öppet ärende)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "problem",
            value = EXAMPLE)))
    public @interface Conflict {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "422", description = "En regel i Bilagan eller lagen tillåter det inte",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = EXAMPLE)))
    public @interface RuleNotMet {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "503", description = "Katalogen eller villkorsprövningen kan inte nås just nu",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "problem", value = EXAMPLE)))
    public @interface Unavailable {
    }
}
