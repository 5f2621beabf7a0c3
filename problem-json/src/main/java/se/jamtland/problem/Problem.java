package se.jamtland.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code title} and {@code detail} are Swedish, for staff. Neither ever holds a
 * value the caller sent: a field is named, its content is not repeated.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @Nullable List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:jamtland:lansverksamheter:problem:";

    /** One field that was wrong: a JSON pointer into the request ({@code #/age}) and what was wrong with it. */
    @Serdeable
    public record FieldProblem(String pointer, String detail) {

        public static FieldProblem field(String name, String detail) {
            return new FieldProblem("#/" + name, detail);
        }
    }

    /** The same problem for one request: {@code instance} is {@link ProblemInstance}'s id, never the path. */
    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
