package se.jamtland.gateway.remiss;

import se.jamtland.events.Unit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A remiss id is {@code <unit id>-<random UUID v4>} (issue 12's shared contract), so the gateway knows the unit
 * that holds it without storing anything. Anything else is no remiss: the same 404 as an unknown one.
 */
final class RemissIds {

    private static final Pattern FORMAT = Pattern.compile(
            "(" + Unit.ID_PATTERN + ")-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private RemissIds() {
    }

    /** The unit holding the remiss, if the id is one. */
    static Optional<String> unitOf(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        var match = FORMAT.matcher(id);
        return match.matches() ? Optional.of(match.group(1)) : Optional.empty();
    }
}
