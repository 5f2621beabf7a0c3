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
     * A problem a door of the unit answers with rather than a refusal (eligibility-service down or refusing the
     * question, paging): its detail, by the fields its pointers name ({@code #/insats} → {@code insats}).
     */
    public static List<FormError> of(ProblemException problem) {
        Problem answer = problem.problem();
        String detail = answer.detail() != null ? answer.detail() : answer.title();
        if (answer.errors() == null || answer.errors().isEmpty()) {
            return List.of(new FormError(null, detail));
        }
        return answer.errors().stream().map(error -> new FormError(inputId(pointerField(error.pointer())),
                error.detail() != null ? error.detail() : detail)).toList();
    }

    private static @Nullable String pointerField(@Nullable String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return null;
        }
        String field = pointer.startsWith("#/") ? pointer.substring(2) : pointer;
        return field.isEmpty() ? null : field;
    }

    /** The id of the input a request field is typed into: {@code person/givenName} → {@code person.givenName}. */
    public static @Nullable String inputId(@Nullable String field) {
        return field == null ? null : field.replace('/', '.');
    }
}
