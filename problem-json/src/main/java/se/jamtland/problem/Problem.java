package se.jamtland.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
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

    /**
     * One field that was wrong: a JSON pointer into the request ({@code #/age}) and what was wrong with it.
     * Where a field's text must be rewritten, {@code kind} says what was found in it ({@code PERSONAL_NAME}) and
     * {@code ranges} where, as offsets into the text as sent, so that a form can mark the words: the words
     * themselves are never repeated.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldProblem(String pointer, String detail, @Nullable String kind, @Nullable List<TextRange> ranges) {

        /** The constructor a problem read back from another service is made with (Eligibility passes them on). */
        @Creator
        public FieldProblem {
        }

        public FieldProblem(String pointer, String detail) {
            this(pointer, detail, null, null);
        }

        public static FieldProblem field(String name, String detail) {
            return new FieldProblem("#/" + name, detail);
        }

        /** A field whose text carries {@code kind} at {@code ranges}. */
        public static FieldProblem marked(String name, String detail, String kind, List<TextRange> ranges) {
            return new FieldProblem("#/" + name, detail, kind, List.copyOf(ranges));
        }
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of a field's text, in UTF-16 code units. */
    @Serdeable
    public record TextRange(int start, int end) {
    }

    /** The same problem for one request: {@code instance} is {@link ProblemInstance}'s id, never the path. */
    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
