package org.edhub.hub.delivery.outbound;

/** A run's files could not be put into their folder, said in a coordinator's words; the folder is as it was. */
public class CannotDeliver extends RuntimeException {
    public CannotDeliver(String message, Throwable cause) {
        super(message, cause);
    }

    public CannotDeliver(String message) {
        super(message);
    }

    /** An error and its causes, each message once. */
    public static String describe(Throwable error) {
        if (error instanceof CannotDeliver) return error.getMessage();
        StringBuilder b = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable c = error.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !b.toString().contains(c.getMessage())) b.append(": ").append(c.getMessage());
        }
        return b.toString();
    }
}
