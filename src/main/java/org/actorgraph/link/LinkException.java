package org.actorgraph.link;

/** Linking could not be done; the message is meant to be shown to the user as is. */
public class LinkException extends RuntimeException {
    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
