package org.actorgraph.store;

import org.actorgraph.vocabulary.AG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps {@link AG#NAMES_GRAPH}: each actor's names, once, in one graph.
 *
 * <p>Every article graph repeats the names of the actors it mentions, so in the benchmark's store of 39,427
 * articles the most frequent actor's label is stored 33,229 times, and a substring search over the union of the
 * graphs reads every copy (0.4 s at 10 million triples). The names graph holds each name once, 55,804 triples at
 * that size, and the prepared queries read names from it alone. It changes in the same write transaction as the
 * article graphs, so it always holds the names the article graphs give: a written article adds its actors' names,
 * and a name of a removed or replaced article goes unless another graph still gives it. A store without it (made by a bulk load of N-Quads, or
 * before the graph existed) gets it built when opened. Writes that bypass {@link ActorStore} (the Graph Store
 * Protocol of {@code serve --update}) reach it when {@code serve --update} next starts, which rebuilds it.
 */
final class NameIndex {
    static final Node GRAPH = NodeFactory.createURI(AG.NAMES_GRAPH);
    private static final List<Node> NAME_PREDICATES =
            List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode());
    private static final Node ACTOR = AG.Actor.asNode();

    private NameIndex() {}

    /** The names of the actors of one graph (its subjects typed ag:Actor), as name triples. */
    static Set<Triple> namesOf(Graph graph) {
        Set<Triple> names = new LinkedHashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), ACTOR).forEachRemaining(t -> {
            for (Node p : NAME_PREDICATES) graph.find(t.getSubject(), p, Node.ANY).forEachRemaining(names::add);
        });
        return names;
    }

    /** Records names an article graph now gives; call inside the write transaction that stored it. */
    static void added(DatasetGraph dsg, Set<Triple> names) {
        for (Triple t : names) dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /**
     * Drops names a removed or replaced article graph gave, unless another graph still gives them; call inside the
     * write transaction that removed it, after any replacement was added.
     */
    static void removed(DatasetGraph dsg, Set<Triple> names) {
        for (Triple t : names) {
            if (!elsewhere(dsg, t)) dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    private static boolean elsewhere(DatasetGraph dsg, Triple t) {
        Iterator<Quad> it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) {
            if (!it.next().getGraph().equals(GRAPH)) return true;
        }
        return false;
    }

    /** Whether the store has articles but no names graph; read inside a transaction. */
    static boolean missing(DatasetGraph dsg) {
        return !dsg.contains(GRAPH, Node.ANY, Node.ANY, Node.ANY)
                && dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), ACTOR).hasNext();
    }

    /** Builds the names graph from scratch; call inside a write transaction. */
    static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        Set<Node> actors = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), ACTOR).forEachRemaining(q -> actors.add(q.getSubject()));
        for (Node actor : actors) {
            Set<Triple> names = new LinkedHashSet<>();
            for (Node p : NAME_PREDICATES) dsg.find(Node.ANY, actor, p, Node.ANY).forEachRemaining(q -> names.add(q.asTriple()));
            added(dsg, names);
        }
    }
}
