package org.actorgraph.link;

/** Somewhere SELECT queries can be sent. */
public interface SparqlEndpoint {
    /** The endpoint's URL, for messages and provenance. */
    String url();

    /** Runs a SELECT query and returns the results as SPARQL JSON text. */
    String select(String query);
}
