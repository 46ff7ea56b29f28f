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

    /** The layout {@link #missing} expects: 2 adds the listings' rows ({@link SummaryRows}) and topics' speakers. */
    private static final Node LAYOUT = NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger);

    /** Adds an article's contribution; call inside the write transaction that stored it. */
    static void added(DatasetGraph dsg, Summary s) {
        dsg.add(GRAPH, GRAPH, Summary.LAYOUT, LAYOUT);
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
        Map<Node, Long> speakers = new java.util.HashMap<>();
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
            // A topic counts its speakers as its topic-speaker cells come and go: counting them at each request read
            // every cell of the topic.
            if ((before <= 0) != (after <= 0)) {
                for (Triple t : cell) {
                    if (t.getPredicate().equals(Summary.TOPIC) && cell.stream().anyMatch(x -> x.getPredicate().equals(Summary.SPEAKER))) {
                        speakers.merge(t.getObject(), after > 0 ? 1L : -1L, Long::sum);
                    }
                }
            }
        }
        speakers.forEach((topic, n) -> add(dsg, topic, Summary.SPEAKERS, n));
        stanceLists(dsg, s);
    }

    private static void add(DatasetGraph dsg, Node subject, Node predicate, long n) {
        long before = value(dsg, subject, predicate);
        if (before != 0) dsg.delete(GRAPH, subject, predicate, integer(before));
        if (before + n > 0) dsg.add(GRAPH, subject, predicate, integer(before + n));
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

    /** Whether the store has articles but no summary graph, or one of an older layout; read inside a transaction. */
    static boolean missing(DatasetGraph dsg) {
        return !dsg.contains(GRAPH, GRAPH, Summary.LAYOUT, LAYOUT)
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
        for (SummaryRows.Listing listing : SummaryRows.ALL) SummaryRows.rebuild(dsg, listing);
    }

    /** The ontology graph changed: recomputes the rows that carry topic labels; call inside its write transaction. */
    static void ontologyChanged(DatasetGraph dsg) {
        if (dsg.contains(GRAPH, GRAPH, Summary.LAYOUT, LAYOUT)) SummaryRows.rebuild(dsg, SummaryRows.STANCE_MATRIX);
    }

    /**
     * Starts keeping the rows in step with one article write: reads, before the write, the names of everything the
     * old and new graphs mention, since a row changes when a name does. Call {@link Change#finish} after the summary
     * and names graphs have changed, in the same transaction.
     */
    static Change begin(DatasetGraph dsg, Summary before, Summary after) {
        Change c = new Change(before, after);
        for (Summary s : List.of(before, after)) {
            s.counts().keySet().forEach(k -> c.note(k.subject()));
            s.cells().values().forEach(d -> d.forEach(t -> c.note(t.getObject())));
            s.copies().forEach(t -> {
                c.note(t.getSubject());
                c.note(t.getObject());
            });
            s.placeLabels().forEach(t -> c.places.add(t.getSubject()));
        }
        c.nodes.forEach(n -> c.labels.put(n, names(dsg, n)));
        c.places.forEach(p -> c.placeLabels.put(p, placeLabels(dsg, p)));
        return c;
    }

    private static Set<Node> names(DatasetGraph dsg, Node n) {
        Set<Node> labels = new java.util.LinkedHashSet<>();
        dsg.find(NameIndex.GRAPH, n, LABEL, Node.ANY).forEachRemaining(q -> labels.add(q.getObject()));
        return labels;
    }

    private static Set<Node> placeLabels(DatasetGraph dsg, Node place) {
        Set<Node> labels = new java.util.LinkedHashSet<>();
        dsg.find(GRAPH, place, LABEL, Node.ANY).forEachRemaining(q -> labels.add(q.getObject()));
        return labels;
    }

    private static final Node LABEL = org.apache.jena.vocabulary.RDFS.label.asNode();

    /** Marks the rows as behind the counts: an open of the store rebuilds them unless {@link #rowsDone} ran. */
    static void rowsPending(DatasetGraph dsg) {
        dsg.add(GRAPH, GRAPH, Summary.ROWS_PENDING, Summary.ROWS_PENDING);
    }

    static void rowsDone(DatasetGraph dsg) {
        dsg.delete(GRAPH, GRAPH, Summary.ROWS_PENDING, Summary.ROWS_PENDING);
    }

    /** Whether the rows were left behind the counts by a process that stopped before bringing them up to date. */
    static boolean rowsBehind(DatasetGraph dsg) {
        return dsg.contains(GRAPH, GRAPH, Summary.ROWS_PENDING, Summary.ROWS_PENDING);
    }

    /** Recomputes every listing's rows; call inside a write transaction. */
    static void rebuildRows(DatasetGraph dsg) {
        for (SummaryRows.Listing listing : SummaryRows.ALL) SummaryRows.rebuild(dsg, listing);
        rowsDone(dsg);
    }

    /** The rows one article write may change, found from its old and new contributions and the names they had. */
    static final class Change {
        private final Summary before;
        private final Summary after;
        private final Set<Node> nodes = new java.util.LinkedHashSet<>();
        private final Set<Node> places = new java.util.LinkedHashSet<>();
        private final Map<Node, Set<Node>> labels = new java.util.HashMap<>();
        private final Map<Node, Set<Node>> placeLabels = new java.util.HashMap<>();

        private Change(Summary before, Summary after) {
            this.before = before;
            this.after = after;
        }

        /**
         * The rows this write or {@code later} may change, for recomputing them once after both: the names a node had
         * are those before the first of the two writes that touched it.
         */
        Change then(Change later) {
            Summary b = Summary.empty();
            b.add(before);
            b.add(later.before);
            Summary a = Summary.empty();
            a.add(after);
            a.add(later.after);
            Change c = new Change(b, a);
            c.nodes.addAll(nodes);
            c.nodes.addAll(later.nodes);
            c.places.addAll(places);
            c.places.addAll(later.places);
            c.labels.putAll(later.labels);
            c.labels.putAll(labels);
            c.placeLabels.putAll(later.placeLabels);
            c.placeLabels.putAll(placeLabels);
            return c;
        }

        private void note(Node n) {
            // Cells and rows are the summary's own nodes: no names.
            if (n.isURI() && !n.getURI().startsWith(AG.SUMMARY_GRAPH)) nodes.add(n);
        }

        /** Recomputes the rows the write changed; call after the summary and names graphs have changed. */
        void finish(DatasetGraph dsg) {
            Map<Node, Set<Node>> now = new java.util.HashMap<>();
            Set<Node> renamed = new java.util.LinkedHashSet<>();
            for (Node n : nodes) {
                now.put(n, names(dsg, n));
                if (!now.get(n).equals(labels.get(n))) renamed.add(n);
            }
            Set<Node> replaced = new java.util.LinkedHashSet<>();
            for (Node p : places) if (!placeLabels(dsg, p).equals(placeLabels.get(p))) replaced.add(p);
            java.util.function.Function<Node, Set<Node>> every = n -> {
                Set<Node> all = new java.util.LinkedHashSet<>(labels.getOrDefault(n, Set.of()));
                all.addAll(now.containsKey(n) ? now.get(n) : names(dsg, n));
                return all;
            };

            Set<List<Node>> actors = new java.util.LinkedHashSet<>();
            Set<List<Node>> speakers = new java.util.LinkedHashSet<>();
            Set<List<Node>> pairs = new java.util.LinkedHashSet<>();
            Set<List<Node>> events = new java.util.LinkedHashSet<>();
            for (Summary s : List.of(before, after)) {
                s.counts().keySet().forEach(k -> {
                    if (k.predicate().equals(Summary.ARTICLES) || k.predicate().equals(Summary.POSITIONS)) actors.add(List.of(k.subject()));
                });
                for (Triple t : s.copies()) {
                    Node p = t.getPredicate();
                    if (p.equals(org.apache.jena.vocabulary.RDF.type.asNode()) && Summary.ACTOR_TYPES.contains(t.getObject())
                            || p.equals(AG.country.asNode())) actors.add(List.of(t.getSubject()));
                    if (p.equals(org.apache.jena.vocabulary.RDF.type.asNode()) && Summary.EVENT_TYPES.contains(t.getObject())) {
                        events.add(List.of(t.getSubject()));
                    }
                }
                for (List<Triple> cell : s.cells().values()) {
                    Node actor = part(cell, Summary.ACTOR);
                    if (actor == null) continue;
                    if (part(cell, Summary.STANCE) != null) every.apply(actor).forEach(l -> speakers.add(List.of(l)));
                    Node other = part(cell, Summary.OTHER);
                    if (other != null) {
                        for (Node ls : every.apply(actor)) for (Node lo : every.apply(other)) pairs.add(List.of(ls, lo));
                    }
                }
            }
            for (Node c : renamed) {
                actors.add(List.of(c));
                dsg.find(GRAPH, Node.ANY, AG.country.asNode(), c).forEachRemaining(q -> actors.add(List.of(q.getSubject())));
                every.apply(c).forEach(l -> speakers.add(List.of(l)));
                for (Node l : labels.getOrDefault(c, Set.of())) {
                    for (String column : List.of("speaker", "other")) {
                        for (Node row : SummaryRows.rowsWith(dsg, SummaryRows.ADDRESSED, column, l)) {
                            pairs.add(List.of(SummaryRows.value(dsg, row, "speaker"), SummaryRows.value(dsg, row, "other")));
                        }
                    }
                }
                dsg.find(GRAPH, Node.ANY, Summary.ACTOR, c).forEachRemaining(q -> {
                    Node other = part(dsg, q.getSubject(), Summary.OTHER);
                    if (other != null) for (Node ls : now.get(c)) for (Node lo : names(dsg, other)) pairs.add(List.of(ls, lo));
                });
                dsg.find(GRAPH, Node.ANY, Summary.OTHER, c).forEachRemaining(q -> {
                    Node actor = part(dsg, q.getSubject(), Summary.ACTOR);
                    if (actor != null) for (Node ls : names(dsg, actor)) for (Node lo : now.get(c)) pairs.add(List.of(ls, lo));
                });
                dsg.find(GRAPH, Node.ANY, AG.participant.asNode(), c).forEachRemaining(q -> events.add(List.of(q.getSubject())));
            }
            for (Node p : replaced) {
                dsg.find(GRAPH, Node.ANY, AG.place.asNode(), p).forEachRemaining(q -> events.add(List.of(q.getSubject())));
            }
            SummaryRows.refresh(dsg, SummaryRows.ACTORS, actors);
            SummaryRows.refresh(dsg, SummaryRows.STANCE_MATRIX, speakers);
            SummaryRows.refresh(dsg, SummaryRows.ADDRESSED, pairs);
            SummaryRows.refresh(dsg, SummaryRows.EVENTS, events);
            SummaryRows.refresh(dsg, SummaryRows.WHO_MET_WHOM, events);
        }

        private static Node part(List<Triple> cell, Node predicate) {
            for (Triple t : cell) if (t.getPredicate().equals(predicate)) return t.getObject();
            return null;
        }

        private static Node part(DatasetGraph dsg, Node cell, Node predicate) {
            Iterator<Quad> it = dsg.find(GRAPH, cell, predicate, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        }
    }
}
