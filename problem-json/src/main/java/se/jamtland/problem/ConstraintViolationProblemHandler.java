package se.jamtland.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean validation failures as a 400 problem naming each field. The messages are the constraint's own
 * (Swedish, set on the annotation), which describe the rule, never the rejected value.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationProblemHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(violation -> Problem.FieldProblem.field(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::pointer))
                .toList();
        Problem problem = new Problem(Problem.TYPE_PREFIX + "invalid-field", "Ogiltigt värde", 400,
                "Ett eller flera fält har otillåtna värden.", ProblemInstance.of(request, 400), errors);
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /**
     * The field as the caller named it: properties of the body ({@code person/givenName}), or the query parameter
     * itself. Public for the staff pages, which name their inputs after the same fields (issue 13).
     */
    public static String fieldName(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getName());
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        return properties.isEmpty() ? String.valueOf(parameter) : String.join("/", properties);
    }
}
