package org.actorgraph.store;

/** The store directory could not be opened or used; the message is meant to be shown to the user as is. */
public class ActorGraphStoreException extends RuntimeException {
    public ActorGraphStoreException(String message) {
        super(message);
    }

    public ActorGraphStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
