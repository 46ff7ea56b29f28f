package org.actorgraph.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the ActorGraph ontology ({@code ontology/actorgraph.ttl}), in the manner of Jena's own vocabulary classes,
 * and the other namespaces and graph names the graph uses. This is the one place the ag: namespace is written down:
 * every stage, from extraction to the server, takes its terms from here, and {@code VocabularyTest} keeps the
 * constants and the ontology in step both ways.
 */
public final class AG {
    public static final String NS = "https://w3id.org/actorgraph/ontology#";
    public static final String DEFAULT_BASE = "https://w3id.org/actorgraph/id/";
    /** Named graph holding the ontology, shapes-free, and the topic scheme. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/actorgraph/graph/ontology";
    /**
     * Named graph holding every actor's names (rdfs:label, skos:altLabel, skos:hiddenLabel) once: what name searches
     * read, since the article graphs repeat an actor's names in every article that mentions it.
     */
    public static final String NAMES_GRAPH = "https://w3id.org/actorgraph/graph/names";
    /** Counts and copied facts that the whole-store queries read; kept in step with the article graphs. */
    public static final String SUMMARY_GRAPH = "https://w3id.org/actorgraph/graph/summary";

    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String TOPIC_NS = "https://w3id.org/actorgraph/topic/";
    /** Extraction rules are ActorGraph's own, the same in every store, so their IRIs do not follow the IRI base. */
    public static final String RULE_NS = "https://w3id.org/actorgraph/rule/";

    private AG() {}

    /** The ag: namespace, as Jena's vocabulary classes give theirs. */
    public static String getURI() { return NS; }

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // classes
    public static final Resource Actor = c("Actor");
    public static final Resource Person = c("Person");
    public static final Resource TitleHolder = c("TitleHolder");
    public static final Resource Group = c("Group");
    public static final Resource Organization = c("Organization");
    public static final Resource Country = c("Country");
    public static final Resource Place = c("Place");
    public static final Resource Event = c("Event");
    public static final Resource Meeting = c("Meeting");
    public static final Resource Speech = c("Speech");
    public static final Resource Rule = c("Rule");
    public static final Resource Agreement = c("Agreement");
    public static final Resource Position = c("Position");
    public static final Resource Topic = c("Topic");
    public static final Resource Article = c("Article");
    public static final Resource Mention = c("Mention");
    public static final Resource Stance = c("Stance");
    public static final Resource EventStatus = c("EventStatus");
    /** A reified owl:sameAs to an external knowledge base, written by {@code actorgraph link}. */
    public static final Resource Link = c("Link");

    // individuals
    public static final Resource Support = c("Support");
    public static final Resource Oppose = c("Oppose");
    public static final Resource Neutral = c("Neutral");
    public static final Resource Occurred = c("Occurred");
    public static final Resource Planned = c("Planned");

    // properties
    public static final Property title = p("title");
    public static final Property memberOf = p("memberOf");
    public static final Property country = p("country");
    public static final Property mentionedIn = p("mentionedIn");
    public static final Property statedBy = p("statedBy");
    public static final Property cue = p("cue");
    public static final Property text = p("text");
    public static final Property topic = p("topic");
    public static final Property stance = p("stance");
    public static final Property addressee = p("addressee");
    public static final Property target = p("target");
    public static final Property date = p("date");
    public static final Property source = p("source");
    public static final Property evidence = p("evidence");
    public static final Property participant = p("participant");
    public static final Property place = p("place");
    public static final Property duration = p("duration");
    public static final Property status = p("status");
    public static final Property confidence = p("confidence");
    /** On relation topics: a list of names, one of which the text must mention for each side. */
    public static final Property involves = p("involves");
    /**
     * On an article node, in its own graph: the digest of what the graph was made from. The store writes it in the
     * same transaction as the rest of the graph, so a stored digest means a complete graph.
     */
    public static final Property sourceDigest = p("sourceDigest");
    /** On a {@link #Link}: how well the external item fits, 0 to 1. */
    public static final Property score = p("score");
    /** On a {@link #Link}: how it was found. */
    public static final Property method = p("method");

    // NIF
    public static final Resource nifContext = ResourceFactory.createResource(NIF + "Context");
    public static final Property nifIsString = ResourceFactory.createProperty(NIF + "isString");
    public static final Property nifBeginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
    public static final Property nifEndIndex = ResourceFactory.createProperty(NIF + "endIndex");
    public static final Property nifAnchorOf = ResourceFactory.createProperty(NIF + "anchorOf");
    public static final Property nifReferenceContext = ResourceFactory.createProperty(NIF + "referenceContext");

    // schema.org
    public static final Property schemaUrl = ResourceFactory.createProperty(SCHEMA + "url");
    public static final Property schemaPublisher = ResourceFactory.createProperty(SCHEMA + "publisher");

    // rule trace
    public static final Property rule = p("rule");
    public static final Property madeBy = p("madeBy");
    public static final Property speakerBy = p("speakerBy");
    public static final Property stanceBy = p("stanceBy");
    public static final Property topicBy = p("topicBy");
    public static final Property addresseeBy = p("addresseeBy");
    public static final Property targetBy = p("targetBy");
    public static final Property dateBy = p("dateBy");
    public static final Property participantBy = p("participantBy");
    public static final Property placeBy = p("placeBy");
    public static final Property statusBy = p("statusBy");
    public static final Property contentBy = p("contentBy");
}
