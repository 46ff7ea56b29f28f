package org.actorgraph.query;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A named SPARQL query shipped with ActorGraph. Its parameters are SPARQL variables that get bound to RDF terms at run
 * time, never spliced into the text.
 */
public record PreparedQuery(String name, String description, List<Parameter> parameters, String text) {

    public PreparedQuery {
        parameters = List.copyOf(parameters);
    }

    /** How a parameter value becomes an RDF term. */
    public enum Kind {
        /** A plain string literal. */
        LITERAL,
        /** An IRI. */
        IRI;

        public static Kind parse(String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "literal": return LITERAL;
                case "iri": return IRI;
                default: throw new IllegalArgumentException("unknown parameter kind '" + s + "' (literal or iri)");
            }
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One query parameter: the SPARQL variable {@code ?name} it binds. */
    public record Parameter(String name, Kind kind, String description) {}

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /**
     * The number of rows the prepared endpoint returns when no {@code limit} is asked for, from a {@code # page: N}
     * header line; 0 for the whole answer. A paged query is a whole-store listing: a client of a large store pages
     * through it, and the first page comes at once.
     */
    public long page() {
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (!l.startsWith("#")) break;
            java.util.regex.Matcher m = PAGE.matcher(l);
            if (m.matches()) return Long.parseLong(m.group(1));
        }
        return 0;
    }

    private static final java.util.regex.Pattern PAGE = java.util.regex.Pattern.compile("^#\\s*page\\s*:\\s*(\\d{1,9})\\s*$");

    /** A short usage line such as {@code positions-of actor=<literal>}. */
    public String synopsis() {
        StringBuilder sb = new StringBuilder(name);
        for (Parameter p : parameters) {
            sb.append(' ').append(p.name()).append("=<").append(p.kind()).append('>');
        }
        return sb.toString();
    }
}
