package org.actorgraph.query;

/** A prepared query was asked for wrongly; the message is meant for the user. */
public class PreparedQueryException extends RuntimeException {
    private final boolean unknownQuery;

    private PreparedQueryException(String message, boolean unknownQuery) {
        super(message);
        this.unknownQuery = unknownQuery;
    }

    public static PreparedQueryException unknownQuery(String name, Iterable<String> known) {
        String hint = Suggestion.closest(name, known).map(s -> "; did you mean " + s + "?")
                .orElseGet(() -> ". Known queries: " + String.join(", ", known));
        return new PreparedQueryException("Unknown prepared query '" + name + "'" + hint, true);
    }

    public static PreparedQueryException badParameters(String message) {
        return new PreparedQueryException(message, false);
    }

    /** True when no query has the requested name; false when the parameters were wrong. */
    public boolean isUnknownQuery() {
        return unknownQuery;
    }
}
