package se.jamtland.problem;

import java.util.Arrays;
import java.util.List;

/** Ends a request with a problem answer; the message is the Swedish detail, safe to show. */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String slug, String title, String detail) {
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + slug, title, 404, detail, null, null));
    }

    /** A refusal on the merits (not a missing right): the caller may not do this to this object. */
    public static ProblemException forbidden(String slug, String title, String detail) {
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + slug, title, 403, detail, null, null));
    }

    /** The request clashes with the object's state (a closed case, an open case that already exists). */
    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + slug, title, 409, detail, null, null));
    }

    public static ProblemException badRequest(String slug, String title, String detail, List<Problem.FieldProblem> errors) {
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + slug, title, 400, detail, null, errors));
    }

    public static ProblemException unprocessable(String slug, String title, String detail, String... fields) {
        List<Problem.FieldProblem> errors = Arrays.stream(fields)
                .map(field -> Problem.FieldProblem.field(field, detail))
                .toList();
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + slug, title, 422, detail, null, errors));
    }

    public static ProblemException unprocessable(String slug, String title, String detail,
                                                 List<Problem.FieldProblem> errors) {
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + slug, title, 422, detail, null, errors));
    }
}
