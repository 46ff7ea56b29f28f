package org.actorgraph.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of a query endpoint: what a client reads when it dereferences the endpoint URL
 * without a query, to learn the languages, result formats and dataset shape before asking anything.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    /** Describes the query endpoint at {@code endpointUrl} of a server run with {@code options}. */
    static Model of(String endpointUrl, ServerOptions options) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource(endpointUrl)
                .addProperty(RDF.type, sd(m, "Service"))
                .addProperty(sdp(m, "endpoint"), m.createResource(endpointUrl))
                .addProperty(sdp(m, "supportedLanguage"), sd(m, "SPARQL11Query"))
                .addProperty(DCTerms.title, "ActorGraph")
                .addProperty(DCTerms.description, "Actors in news articles and the positions they state. "
                        + "The default graph is the union of every named graph; each article is a named graph.");
        // The query default graph is the union of the named graphs, as sd:UnionDefaultGraph declares.
        service.addProperty(sdp(m, "feature"), sd(m, "UnionDefaultGraph"));
        if (options.allowService()) {
            service.addProperty(sdp(m, "feature"), sd(m, "BasicFederatedQuery"));
        }
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads"}) {
            service.addProperty(sdp(m, "resultFormat"), m.createResource(FORMATS + format));
        }
        Resource defaultGraph = m.createResource()
                .addProperty(RDF.type, sd(m, "Graph"))
                .addProperty(DCTerms.description, "The union of all named graphs");
        Resource dataset = m.createResource()
                .addProperty(RDF.type, sd(m, "Dataset"))
                .addProperty(sdp(m, "defaultGraph"), defaultGraph);
        service.addProperty(sdp(m, "defaultDataset"), dataset);
        return m;
    }

    private static Resource sd(Model m, String local) {
        return m.createResource(SD + local);
    }

    private static Property sdp(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
