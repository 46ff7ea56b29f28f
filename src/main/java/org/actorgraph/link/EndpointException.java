package org.actorgraph.link;

/** The SPARQL endpoint could not be reached or refused a lookup; the message names the endpoint and the cause. */
public class EndpointException extends LinkException {
    public EndpointException(String message) {
        super(message);
    }

    public EndpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
