package org.actorgraph.link;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** IRIs the linking step reads and writes besides the ag: terms ({@code AG}): Wikidata's and PROV's namespaces. */
public final class LinkVocabulary {
    /** The named graph holding every link {@code actorgraph link} made, apart from the article graphs. */
    public static final String LINKS_GRAPH = "https://w3id.org/actorgraph/graph/links";
    /** The public Wikidata query service. */
    public static final String WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql";

    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /** Method recorded on links made by name lookup, type filter and context scoring. */
    public static final String METHOD_WIKIDATA = "wikidata-name-type-context";

    public static final Resource provActivity = ResourceFactory.createResource(PROV + "Activity");
    public static final Property provWasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
    public static final Property provUsed = ResourceFactory.createProperty(PROV + "used");
    public static final Property provStartedAtTime = ResourceFactory.createProperty(PROV + "startedAtTime");
    public static final Property provEndedAtTime = ResourceFactory.createProperty(PROV + "endedAtTime");

    private LinkVocabulary() {}

    /** True for a Wikidata item IRI such as {@code http://www.wikidata.org/entity/Q159}. */
    public static boolean isWikidataItem(String iri) {
        return iri != null && iri.startsWith(WD + "Q");
    }

    /** The QID of a Wikidata item IRI, e.g. {@code Q159}. */
    public static String qid(String iri) {
        return iri.substring(WD.length());
    }
}
