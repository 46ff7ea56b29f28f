/**
 * Links actors and places of the store to Wikidata items over SPARQL: looks each entity up by name and type,
 * scores the candidates against what the graph knows about the entity, and records the links that clear the
 * threshold, with their score and provenance, in a named graph of their own.
 */
package org.actorgraph.link;
