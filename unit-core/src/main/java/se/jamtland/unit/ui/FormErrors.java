package se.jamtland.unit.ui;

import io.micronaut.core.annotation.Nullable;
import jakarta.validation.ConstraintViolationException;
import se.jamtland.problem.ConstraintViolationProblemHandler;
import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.policy.Refusal;
import se.jamtland.webui.page.FormError;

import java.util.Comparator;
import java.util.List;
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
     * A problem thrown where a check lives outside a use case (a period from before its end, eligibility-service
     * down): its field errors by input, or its detail for the form as a whole. The problem never holds a value.
     */
    public static List<FormError> of(ProblemException problem) {
        List<Problem.FieldProblem> fields = problem.problem().errors();
        if (fields == null || fields.isEmpty()) {
            return List.of(new FormError(null, problem.problem().detail()));
        }
        return fields.stream().map(field -> new FormError(inputId(field.pointer().replaceFirst("^#?/", "")),
                field.detail())).toList();
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
