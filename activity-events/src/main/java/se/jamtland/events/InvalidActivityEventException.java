package se.jamtland.events;

/** An event outside the contract; the message names the field, never its value. */
public final class InvalidActivityEventException extends IllegalArgumentException {

    private final String field;

    public InvalidActivityEventException(String field) {
        super("activity event field not valid: " + field);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The contract violation behind a deserialisation failure, however the JSON library wrapped it. */
    public static java.util.Optional<InvalidActivityEventException> findIn(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof InvalidActivityEventException invalid) {
                return java.util.Optional.of(invalid);
            }
        }
        return java.util.Optional.empty();
    }
}
