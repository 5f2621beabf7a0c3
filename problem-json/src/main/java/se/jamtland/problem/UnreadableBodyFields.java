package se.jamtland.problem;

import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds which field of a JSON body could not be read, from the deserializer's structured path, so the
 * problem can name the field without quoting what was in it.
 */
final class UnreadableBodyFields {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]*)]");

    private UnreadableBodyFields() {
    }

    static Optional<Problem.FieldProblem> find(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerdeException serde) {
                Optional<Problem.FieldProblem> unknown = unknownProperty(serde);
                if (unknown.isPresent()) {
                    return unknown;
                }
                if (!serde.getPath().isEmpty()) {
                    String pointer = serde.getPath().stream()
                            .map(UnreadableBodyFields::segment)
                            .collect(Collectors.joining("/"));
                    return Optional.of(Problem.FieldProblem.field(pointer,
                            "Värdet har fel typ eller format, eller är inte ett av de tillåtna värdena."));
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldProblem> unknownProperty(SerdeException serde) {
        Matcher matcher = UNKNOWN_PROPERTY.matcher(String.valueOf(serde.getMessage()));
        if (!matcher.find()) {
            return Optional.empty();
        }
        // The unknown name is not repeated: a caller's own key can be data too ({"Astrid": ...}).
        return Optional.of(new Problem.FieldProblem("#", "Begäran innehåller ett fält som inte finns i detta API "
                + "och därför inte tas emot. Jämför fältnamnen med API-dokumentet."));
    }

    private static String segment(ReferencePath path) {
        if (path instanceof CollectionItemReferencePath item) {
            return String.valueOf(item.index());
        }
        return path.getArgument().getName();
    }
}
