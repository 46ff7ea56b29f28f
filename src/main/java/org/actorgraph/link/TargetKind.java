package org.actorgraph.link;

import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Resource;

/**
 * The kinds of graph node that get linked, each with the Wikidata types a candidate must have. The filters are
 * written to stay cheap on the public service: the name match binds a handful of items first, and only those are
 * walked up the subclass hierarchy.
 */
public enum TargetKind {
    /** Instance of human (Q5). */
    PERSON(AG.Person, "?item wdt:P31 wd:Q5 ."),
    /** Instance of country (Q6256) or sovereign state (Q3624078). */
    COUNTRY(AG.Country, "VALUES ?class { wd:Q6256 wd:Q3624078 } ?item wdt:P31 ?class ."),
    /** Instance of organization (Q43229) or one of its subclasses. */
    ORGANIZATION(AG.Organization, "?item wdt:P31/wdt:P279* wd:Q43229 ."),
    /**
     * Instance of a geographic entity: geographic entity (Q27096213), geographic location (Q2221906), human
     * settlement (Q486972), geographic region (Q82794) or one of their subclasses.
     */
    PLACE(AG.Place, "VALUES ?class { wd:Q27096213 wd:Q2221906 wd:Q486972 wd:Q82794 } "
            + "?item wdt:P31/wdt:P279* ?class .");

    private final Resource graphClass;
    private final String typeFilter;

    TargetKind(Resource graphClass, String typeFilter) {
        this.graphClass = graphClass;
        this.typeFilter = typeFilter;
    }

    /** The ActorGraph class whose instances are of this kind. */
    public Resource graphClass() {
        return graphClass;
    }

    /** SPARQL pattern over {@code ?item} that keeps candidates of the right Wikidata type. */
    String typeFilter() {
        return typeFilter;
    }
}
