package se.jamtland.devstack;

/** A failure whose message alone tells the user what went wrong and what to do; printed without a stack trace. */
public final class DevStackException extends RuntimeException {

    DevStackException(String message) {
        super(message);
    }

    DevStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
