package org.actorgraph.spark;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The two kinds of output row, as the text each is written as, under the partition column {@code part}. */
final class Outputs {
    static final String NQUADS = "nquads";
    static final String REJECTS = "rejects";

    private Outputs() {}

    /**
     * One article's graph as N-Quads: every line names the article's graph. Literals are written in their canonical
     * form ("0.9", not "0.90"), as TDB2 keeps them, so the lines are those {@code export --format nquads} gives.
     */
    static String nquads(String iri, Model graph) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Node name = NodeFactory.createURI(iri);
        graph.getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(),
                t.getObject().isLiteral() ? CanonicalizeLiteral.get().apply(t.getObject()) : t.getObject()));
        String text = RDFWriter.source(dsg).format(RDFFormat.NQUADS_UTF8).asString();
        // The text writer ends every row with a line break of its own.
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** One rejected article (or unreadable line) as a JSON line: its id when known, the file, and why. */
    static String reject(String id, String file, String reason) {
        JsonObject o = new JsonObject();
        if (id != null) o.put("id", id);
        o.put("file", file);
        o.put("reason", reason);
        return JSON.toStringFlat(o);
    }
}
