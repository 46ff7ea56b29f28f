package org.actorgraph.store;

import org.actorgraph.vocabulary.AG;
import java.io.OutputStream;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Writes the store as a file. The data is copied out inside one read transaction first: the pretty writers need to
 * see the whole graph, and the copy keeps the transaction short and the output consistent.
 */
public final class GraphExporter {
    private GraphExporter() {}

    /** The prefixes every ActorGraph export declares. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("ag", AG.NS);
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("skos", AG.SKOS);
        pm.setNsPrefix("dcterms", AG.DCTERMS);
        pm.setNsPrefix("schema", AG.SCHEMA);
        pm.setNsPrefix("nif", AG.NIF);
        pm.setNsPrefix("topic", AG.TOPIC_NS);
        pm.setNsPrefix("id", AG.DEFAULT_BASE);
        pm.setNsPrefix("person", AG.DEFAULT_BASE + "person/");
        pm.setNsPrefix("organization", AG.DEFAULT_BASE + "organization/");
        pm.setNsPrefix("country", AG.DEFAULT_BASE + "country/");
        pm.setNsPrefix("place", AG.DEFAULT_BASE + "place/");
        pm.setNsPrefix("article", AG.DEFAULT_BASE + "article/");
        return pm;
    }

    public static void export(Dataset dataset, OutputStream out, ExportFormat format) {
        if (format == ExportFormat.JSONLD) {
            // Compact, with ActorGraph's own context rather than the prefixes: see JsonLdExporter.
            DatasetGraph copy = dataset.calculateRead(() -> copyNamedGraphs(dataset.asDatasetGraph()));
            JsonLdExporter.write(copy, out);
        } else if (format.keepsGraphs()) {
            DatasetGraph copy = dataset.calculateRead(() -> copyNamedGraphs(dataset.asDatasetGraph()));
            RDFWriter.source(copy).format(format.rdfFormat()).output(out);
        } else {
            Model union = dataset.calculateRead(() -> mergeNamedGraphs(dataset.asDatasetGraph()));
            RDFWriter.source(union).format(format.rdfFormat()).output(out);
        }
    }

    // Named graphs only: with the union default graph switched on, the default graph is a view of them, not data.
    private static DatasetGraph copyNamedGraphs(DatasetGraph source) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        prefixes().getNsPrefixMap().forEach((p, uri) -> copy.prefixes().add(p, uri));
        Iterator<Node> names = source.listGraphNodes();
        while (names.hasNext()) {
            Node name = names.next();
            Graph target = GraphFactory.createDefaultGraph();
            source.getGraph(name).find().forEachRemaining(target::add);
            copy.addGraph(name, target);
        }
        return copy;
    }

    private static Model mergeNamedGraphs(DatasetGraph source) {
        Model union = ModelFactory.createDefaultModel();
        union.setNsPrefixes(prefixes());
        Iterator<Node> names = source.listGraphNodes();
        while (names.hasNext()) {
            source.getGraph(names.next()).find().forEachRemaining(union.getGraph()::add);
        }
        return union;
    }
}
