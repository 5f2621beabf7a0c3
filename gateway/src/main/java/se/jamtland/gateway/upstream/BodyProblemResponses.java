package se.jamtland.gateway.upstream;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.jamtland.problem.Problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The problems of an operation that takes a JSON body: unreadable (400), too large (413), not JSON (415). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@QueryProblemResponses
@ApiResponse(responseCode = "413", description = "För stor begäran (payload-too-large)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = "{\"type\":\"urn:jamtland:lansverksamheter:problem:"
                        + "payload-too-large\",\"title\":\"För stor begäran\",\"status\":413,\"instance\":"
                        + "\"urn:uuid:5d0c2b8e-1f3a-4c6d-8e9f-0a1b2c3d4e61\"}")))
@ApiResponse(responseCode = "415", description = "Inte JSON (unsupported-media-type)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(value = "{\"type\":\"urn:jamtland:lansverksamheter:problem:"
                        + "unsupported-media-type\",\"title\":\"Innehållstypen stöds inte\",\"status\":415,"
                        + "\"instance\":\"urn:uuid:5d0c2b8e-1f3a-4c6d-8e9f-0a1b2c3d4e62\"}")))
public @interface BodyProblemResponses {
}
