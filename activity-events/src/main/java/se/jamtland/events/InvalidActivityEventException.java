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
}
