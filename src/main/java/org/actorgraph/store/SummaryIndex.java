package org.actorgraph.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.actorgraph.vocabulary.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Keeps {@link AG#SUMMARY_GRAPH}, which the whole-store queries ({@code actors}, {@code stance-matrix},
 * {@code topics}, {@code events}, {@code who-met-whom}, {@code addressed-and-targeted}) read instead of the union of
 * every article graph: at 10 million triples those aggregates took 2.6–13 s over the union, reading every position
 * or event of every article at each request.
 *
 * <p>Like the names graph it changes in the write transaction that writes or removes an article graph: the new
 * article's {@link Summary} is added, then the old one's taken away, so counts always equal what the article graphs
 * hold. A store without it (a bulk load, or a store from before it existed) gets it built when opened.
 */
final class SummaryIndex {
    static final Node GRAPH = NodeFactory.createURI(AG.SUMMARY_GRAPH);
    private static final Set<Node> NOT_ARTICLES = Set.of(GRAPH, NameIndex.GRAPH,
            NodeFactory.createURI(AG.ONTOLOGY_GRAPH));

    private SummaryIndex() {}

    /** Adds an article's contribution; call inside the write transaction that stored it. */
    static void added(DatasetGraph dsg, Summary s) {
        for (Triple t : s.copies()) dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        for (Triple t : s.placeLabels()) dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        apply(dsg, s, 1);
    }

    /** Takes away a removed or replaced article's contribution; call after any replacement was added. */
    static void removed(DatasetGraph dsg, Summary s) {
        apply(dsg, s, -1);
        for (Triple t : s.copies()) {
            if (!elsewhere(dsg, t)) dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }
        for (Triple t : s.placeLabels()) {
            if (!elsewhereAsPlace(dsg, t)) dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** Whether an article graph still states this label of a place and has something at that place. */
    private static boolean elsewhereAsPlace(DatasetGraph dsg, Triple label) {
        Iterator<Quad> it = dsg.find(Node.ANY, label.getSubject(), label.getPredicate(), label.getObject());
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!NOT_ARTICLES.contains(g) && dsg.find(g, Node.ANY, AG.place.asNode(), label.getSubject()).hasNext()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes on each pair cell whose stance cells changed the list of its stances, so that the query reads one
     * literal a pair instead of joining every pair's stance cells (16 s at 10 million triples).
     */
    private static void stanceLists(DatasetGraph dsg, Summary s) {
        java.util.Set<Node> pairs = new java.util.HashSet<>();
        s.cells().values().forEach(d -> d.stream().filter(t -> t.getPredicate().equals(Summary.PAIR))
                .forEach(t -> pairs.add(t.getObject())));
        for (Node pair : pairs) {
            dsg.deleteAny(GRAPH, pair, Summary.STANCES, Node.ANY);
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            dsg.find(GRAPH, Node.ANY, Summary.PAIR, pair).forEachRemaining(q -> dsg.find(GRAPH, q.getSubject(),
                    Summary.STANCE, Node.ANY).forEachRemaining(x -> names.add(x.getObject().getLocalName())));
            if (!names.isEmpty() && value(dsg, pair, Summary.COUNT) > 0) {
                dsg.add(GRAPH, pair, Summary.STANCES, NodeFactory.createLiteralString(String.join(", ", names)));
            }
        }
    }

    private static void apply(DatasetGraph dsg, Summary s, int sign) {
        for (Map.Entry<Summary.Counter, Long> e : s.counts().entrySet()) {
            Node subject = e.getKey().subject();
            Node predicate = e.getKey().predicate();
            long before = value(dsg, subject, predicate);
            long after = before + sign * e.getValue();
            if (before != 0) dsg.delete(GRAPH, subject, predicate, integer(before));
            if (after > 0) dsg.add(GRAPH, subject, predicate, integer(after));
            List<Triple> cell = s.cells().get(subject);
            if (cell == null) continue;
            // A cell is described while it counts something.
            if (before <= 0 && after > 0) cell.forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            if (before > 0 && after <= 0) cell.forEach(t -> dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        stanceLists(dsg, s);
    }

    private static long value(DatasetGraph dsg, Node subject, Node predicate) {
        Iterator<Quad> it = dsg.find(GRAPH, subject, predicate, Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static boolean elsewhere(DatasetGraph dsg, Triple t) {
        Iterator<Quad> it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) {
            if (!NOT_ARTICLES.contains(it.next().getGraph())) return true;
        }
        return false;
    }

    /** Whether the store has articles but no summary graph; read inside a transaction. */
    static boolean missing(DatasetGraph dsg) {
        return !dsg.contains(GRAPH, Node.ANY, Node.ANY, Node.ANY)
                && dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), AG.Article.asNode()).hasNext();
    }

    /** Builds the summary graph from scratch, article graph by article graph; call inside a write transaction. */
    static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        Summary all = Summary.empty();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!NOT_ARTICLES.contains(g)) all.add(Summary.of(dsg.getGraph(g)));
        });
        added(dsg, all);
    }
}
