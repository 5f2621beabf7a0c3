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
    /** Only a name that looks like a field name is repeated; anything else could be data. */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,40}");

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
        String name = matcher.group(1);
        String detail = "Fältet finns inte i detta API och tas inte emot.";
        return Optional.of(FIELD_NAME.matcher(name).matches()
                ? Problem.FieldProblem.field(name, detail)
                : new Problem.FieldProblem("#", "Begäran innehåller ett okänt fält. " + detail));
    }

    private static String segment(ReferencePath path) {
        if (path instanceof CollectionItemReferencePath item) {
            return String.valueOf(item.index());
        }
        return path.getArgument().getName();
    }
}
