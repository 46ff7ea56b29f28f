package org.actorgraph.server;

import java.util.Locale;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The RDF syntax for a graph answer, chosen from an Accept header. Clients that ask only for SPARQL result formats
 * (roqet always sends {@code application/sparql-results+xml}) still get a graph they can read: RDF/XML when they asked
 * for XML, JSON-LD when they asked for JSON, Turtle otherwise.
 */
final class GraphSyntax {
    private GraphSyntax() {}

    /** The syntax an RDF-aware Accept header names, or null when it names none Jena can write as a graph. */
    static Lang named(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        MediaType chosen = ConNeg.match(accept, DEF.constructOffer);
        return chosen == null ? null : RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
    }

    /** The closest graph syntax for an Accept header that names only result formats. */
    static Lang fallback(String accept) {
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (a.contains("xml")) {
            return Lang.RDFXML;
        }
        if (a.contains("json")) {
            return Lang.JSONLD;
        }
        return Lang.TURTLE;
    }

    /** {@link #named} when the header names an RDF syntax, else {@link #fallback}. */
    static Lang choose(String accept) {
        Lang lang = named(accept);
        return lang != null ? lang : fallback(accept);
    }
}
