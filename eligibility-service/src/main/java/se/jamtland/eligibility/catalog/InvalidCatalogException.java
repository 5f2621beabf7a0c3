package se.jamtland.eligibility.catalog;

/**
 * A catalog file that cannot be trusted; thrown at start-up so the service never answers from it. The message
 * (English, for the start-up log) and {@link #swedishMessage()} (for the unit manager's check of a draft) name
 * the same file, entry and field.
 */
public final class InvalidCatalogException extends RuntimeException {

    private final String swedishMessage;

    public InvalidCatalogException(String message, String swedishMessage) {
        super(message);
        this.swedishMessage = swedishMessage;
    }

    public InvalidCatalogException(String message, String swedishMessage, Throwable cause) {
        super(message, cause);
        this.swedishMessage = swedishMessage;
    }

    public String swedishMessage() {
        return swedishMessage;
    }
}
