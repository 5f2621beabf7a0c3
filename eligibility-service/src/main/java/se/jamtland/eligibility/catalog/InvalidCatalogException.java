package se.jamtland.eligibility.catalog;

/** A catalog file that cannot be trusted; thrown at start-up so the service never answers from it. */
public final class InvalidCatalogException extends RuntimeException {

    public InvalidCatalogException(String message) {
        super(message);
    }

    public InvalidCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
