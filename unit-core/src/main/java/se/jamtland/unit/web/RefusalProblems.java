package se.jamtland.unit.web;

import se.jamtland.problem.Problem;
import se.jamtland.problem.ProblemException;
import se.jamtland.unit.policy.Outcome;
import se.jamtland.unit.policy.Refusal;

import java.util.List;

/** The one place a use case's refusal becomes an HTTP answer (RFC 9457 problem+json). */
public final class RefusalProblems {

    private RefusalProblems() {
    }

    /** The value of a done outcome; a refused one ends the request with its problem. */
    public static <T> T valueOf(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw problem(((Outcome.Refused<T>) outcome).refusal());
    }

    public static ProblemException problem(Refusal refusal) {
        List<Problem.FieldProblem> fields = refusal.fields().stream()
                .map(field -> field.kind() == null ? Problem.FieldProblem.field(field.field(), field.note())
                        : Problem.FieldProblem.marked(field.field(), field.note(), field.kind(), field.ranges().stream()
                                .map(range -> new Problem.TextRange(range.start(), range.end())).toList()))
                .toList();
        return new ProblemException(new Problem(Problem.TYPE_PREFIX + refusal.type(), refusal.title(),
                status(refusal.kind()), refusal.detail(), null, fields.isEmpty() ? null : fields));
    }

    /** The status a refusal of this kind is answered with (pages answer as the API does). */
    public static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case RULE_NOT_MET -> 422;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case NOT_ALLOWED -> 403;
        };
    }
}
