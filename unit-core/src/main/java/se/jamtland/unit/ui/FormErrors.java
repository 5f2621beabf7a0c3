package se.jamtland.unit.ui;

import io.micronaut.core.annotation.Nullable;
import jakarta.validation.ConstraintViolationException;
import se.jamtland.problem.ConstraintViolationProblemHandler;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.webui.page.FormError;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a form shows when a use case refuses: the same reasons the API's problem+json gives, each tied to the input
 * it is about. An input's id is the request field's name with dots for slashes ({@code person.givenName}), so the
 * problem's pointer {@code /person/givenName} and the error summary's link {@code #person.givenName} name one
 * thing. Never holds what was typed (the identity guard's notes name what kind of identity it found, not the words).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static List<FormError> of(Refusal refusal) {
        if (refusal.fields().isEmpty()) {
            return List.of(new FormError(null, refusal.detail()));
        }
        return refusal.fields().stream().map(note -> new FormError(inputId(note.field()), note.note())).toList();
    }

    public static List<FormError> of(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream()
                .map(violation -> new FormError(inputId(ConstraintViolationProblemHandler.fieldName(violation)),
                        violation.getMessage()))
                .sorted(Comparator.comparing(error -> String.valueOf(error.field())))
                .toList();
    }

    /**
     * A problem a door of the unit answered with rather than a use case's refusal (eligibility-service refusing the
     * question or not answering, paging): its field pointers ({@code #/age}) become input ids, a pointer to no field
     * ({@code #}) an error of the whole form.
     */
    public static List<FormError> of(Problem problem) {
        String detail = problem.detail() != null ? problem.detail() : problem.title();
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return List.of(new FormError(null, detail));
        }
        return problem.errors().stream().map(field -> new FormError(inputId(pointerField(field.pointer())),
                field.detail() != null ? field.detail() : detail)).toList();
    }

    public static List<FormError> of(ProblemException problem) {
        return of(problem.problem());
    }

    private static @Nullable String pointerField(@Nullable String pointer) {
        String field = pointer == null ? "" : pointer.startsWith("#/") ? pointer.substring(2)
                : pointer.startsWith("#") ? pointer.substring(1) : pointer.startsWith("/") ? pointer.substring(1)
                : pointer;
        return field.isEmpty() ? null : field;
    }

    /** Each input's first message, for the note beside it (the summary at the top lists them all). */
    public static Map<String, String> byField(List<FormError> errors) {
        Map<String, String> fields = new HashMap<>();
        errors.stream().filter(error -> error.field() != null)
                .forEach(error -> fields.putIfAbsent(error.field(), error.message()));
        return fields;
    }

    /** The ids of the inputs that have an error, for a page's aria-invalid and aria-describedby. */
    public static Set<String> inputsOf(List<FormError> errors) {
        return errors.stream().map(FormError::field).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The id of the input a request field is typed into: {@code person/givenName} → {@code person.givenName}. */
    public static @Nullable String inputId(@Nullable String field) {
        return field == null ? null : field.replace('/', '.');
    }
}
