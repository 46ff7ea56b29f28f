package org.actorgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Reads a prepared query file. The leading comment block carries the metadata:
 * <pre>
 * # name: positions-of
 * # description: Every position an actor stated ...
 * # param: actor (literal) — a name of the actor, e.g. "Lavrov"
 * </pre>
 */
final class QueryFileParser {
    private static final Pattern FIELD = Pattern.compile("^#\\s*(name|description|param)\\s*:\\s*(.*)$");
    // "actor (literal) — text"; the separator may be an em dash, en dash, hyphen or colon.
    private static final Pattern PARAM = Pattern.compile(
            "^\\??([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*([A-Za-z]+)\\s*\\)\\s*(?:[\u2014\u2013:-]+\\s*)?(.*)$");

    private QueryFileParser() {}

    static PreparedQuery parse(String fallbackName, String text) {
        String name = null;
        String description = "";
        List<PreparedQuery.Parameter> params = new ArrayList<>();
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                break; // header ends at the first line of SPARQL
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "name" -> name = value;
                case "description" -> description = value;
                default -> params.add(parseParam(fallbackName, value));
            }
        }
        if (name == null || name.isEmpty()) {
            name = fallbackName;
        }
        try {
            QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("Prepared query '" + name + "' is not valid SPARQL: " + e.getMessage(), e);
        }
        return new PreparedQuery(name, description, params, text);
    }

    private static PreparedQuery.Parameter parseParam(String queryName, String value) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("Prepared query '" + queryName + "': cannot read parameter line '"
                    + value + "'; expected '# param: NAME (literal|iri) — description'");
        }
        try {
            return new PreparedQuery.Parameter(m.group(1), PreparedQuery.Kind.parse(m.group(2)), m.group(3).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Prepared query '" + queryName + "': " + e.getMessage(), e);
        }
    }
}
