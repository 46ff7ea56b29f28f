package org.actorgraph.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.actorgraph.vocabulary.AG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What one article graph adds to the summary graph ({@link SummaryIndex}): counts, and copied facts.
 *
 * <p>Counts add up across articles, because what they count (positions, and an article's mention of an actor) belongs
 * to one article: per actor its positions and articles; per topic its positions in all and by stance; per actor,
 * topic and stance the positions ("stance cells"); per topic and speaker the positions ("topic-speaker" cells,
 * which the topics query counts to know how many actors spoke on a topic); per actor, relation (addressee or target) and other actor the
 * positions, and per stance of those ("pair" and "pair stance" cells). A cell is a node of its own, named by a hash of
 * what it counts, described by its parts while its count is above zero.
 *
 * <p>Copied facts are triples the whole-store queries read, copied as they are: every actor type and country
 * statement, every fact about events that the event listings read, and the articles' identifiers. The labels of
 * events' places are copied too, and stay while an article graph states them and has an event at that place (any
 * entity can be a place; looking its label up in the union instead took 16 s for 34,563 events at 10 million
 * triples, a popular city's label standing in thousands of graphs). A copied fact stays while any article graph still states it, as names do in the names
 * graph.
 */
record Summary(Map<Counter, Long> counts, Map<Node, List<Triple>> cells, Set<Triple> copies, Set<Triple> placeLabels) {
    static final String NS = "https://w3id.org/actorgraph/summary#";
    static final Node POSITIONS = p("positions");
    static final Node ARTICLES = p("articles");
    static final Node SUPPORT = p("support");
    static final Node OPPOSE = p("oppose");
    static final Node NEUTRAL = p("neutral");
    static final Node COUNT = p("count");
    static final Node ACTOR = p("actor");
    static final Node TOPIC = p("topic");
    static final Node STANCE = p("stance");
    static final Node RELATION = p("relation");
    static final Node OTHER = p("other");
    static final Node PAIR = p("pair");
    static final Node SPEAKER = p("speaker");
    /** On a pair cell: its stances' local names, sorted, as one literal ("Oppose, Support"). */
    static final Node STANCES = p("stances");
    /** On a topic: the number of actors who stated a position on it (its topic-speaker cells that count any). */
    static final Node SPEAKERS = p("speakers");
    /** On the summary graph's own IRI: the layout of the summary, so that a store with an older one rebuilds it. */
    static final Node LAYOUT = p("layout");
    /** On the summary graph while its rows are behind its counts (rows kept for several writes at once). */
    static final Node ROWS_PENDING = p("rowsPending");

    /** One number in the summary graph: the value of {@code predicate} on {@code subject}. */
    record Counter(Node subject, Node predicate) {}

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    static final Set<Node> ACTOR_TYPES = Set.of(AG.Actor.asNode(), AG.Person.asNode(), AG.Country.asNode(),
            AG.Organization.asNode(), AG.Group.asNode());
    private static final List<Node> EVENT_FACTS = List.of(TYPE, AG.source.asNode(), LABEL, AG.date.asNode(),
            AG.place.asNode(), AG.status.asNode(), AG.duration.asNode(), AG.participant.asNode());
    static final List<Node> EVENT_TYPES = List.of(AG.Event.asNode(), AG.Meeting.asNode(),
            AG.Speech.asNode(), AG.Agreement.asNode());
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();

    private static Node p(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** The contribution of one article graph. */
    static Summary of(Graph g) {
        Summary s = empty();
        s.actors(g);
        s.positions(g);
        s.events(g);
        return s;
    }

    /** An empty summary, to add contributions to. */
    static Summary empty() {
        return new Summary(new HashMap<>(), new HashMap<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    /** Adds {@code other}'s counts, cells and copies to this one. */
    void add(Summary other) {
        other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
        cells.putAll(other.cells);
        copies.addAll(other.copies);
        placeLabels.addAll(other.placeLabels);
    }

    private void count(Node subject, Node predicate, long n) {
        if (n != 0) counts.merge(new Counter(subject, predicate), n, Long::sum);
    }

    private void actors(Graph g) {
        // Every statement of an actor type or a country, whatever its subject, as the queries over the union read them.
        for (Node type : ACTOR_TYPES) g.find(Node.ANY, TYPE, type).forEachRemaining(copies::add);
        g.find(Node.ANY, AG.country.asNode(), Node.ANY).forEachRemaining(copies::add);
        // Counted for any subject, as the actors query counts them: distinct articles an actor is mentioned in.
        Map<Node, Set<Node>> articles = new HashMap<>();
        g.find(Node.ANY, AG.mentionedIn.asNode(), Node.ANY)
                .forEachRemaining(t -> articles.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        articles.forEach((actor, set) -> count(actor, ARTICLES, set.size()));
        Map<Node, Set<Node>> stated = new HashMap<>();
        g.find(Node.ANY, AG.statedBy.asNode(), Node.ANY)
                .forEachRemaining(t -> stated.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject()));
        stated.forEach((actor, set) -> count(actor, POSITIONS, set.size()));
    }

    private void positions(Graph g) {
        Set<Node> positions = new HashSet<>();
        g.find(Node.ANY, AG.stance.asNode(), Node.ANY).forEachRemaining(t -> positions.add(t.getSubject()));
        for (Node p : positions) {
            List<Node> speakers = objects(g, p, AG.statedBy.asNode());
            if (speakers.isEmpty()) continue;
            List<Node> stances = objects(g, p, AG.stance.asNode());
            List<Node> topics = objects(g, p, AG.topic.asNode());
            boolean typed = g.contains(p, TYPE, AG.Position.asNode());
            for (Node topic : topics) {
                // The topics query: positions with a topic, a stance and a speaker, counted once each.
                count(topic, POSITIONS, 1);
                if (stances.contains(AG.Support.asNode())) count(topic, SUPPORT, 1);
                if (stances.contains(AG.Oppose.asNode())) count(topic, OPPOSE, 1);
                if (stances.contains(AG.Neutral.asNode())) count(topic, NEUTRAL, 1);
                for (Node speaker : speakers) cell("topic-speaker", 1, TOPIC, topic, SPEAKER, speaker);
                if (!typed) continue;
                for (Node speaker : speakers) {
                    for (Node stance : stances) cell("stance", 1, ACTOR, speaker, TOPIC, topic, STANCE, stance);
                }
            }
            for (Node speaker : speakers) {
                pairs(g, p, speaker, AG.addressee.asNode(), "addressee", stances);
                pairs(g, p, speaker, AG.target.asNode(), "target", stances);
            }
        }
    }

    private void pairs(Graph g, Node position, Node speaker, Node property, String relation, List<Node> stances) {
        Node rel = NodeFactory.createLiteralString(relation);
        for (Node other : objects(g, position, property)) {
            Node pair = cell("pair", 1, ACTOR, speaker, RELATION, rel, OTHER, other);
            for (Node stance : stances) cell("pair-stance", 1, PAIR, pair, STANCE, stance);
        }
    }

    /** Counts {@code n} in the cell of kind {@code kind} described by the (predicate, object) pairs given. */
    private Node cell(String kind, long n, Node... parts) {
        StringBuilder key = new StringBuilder(kind);
        for (Node part : parts) key.append('\n').append(part.toString());
        Node cell = NodeFactory.createURI(AG.SUMMARY_GRAPH + "/" + kind + "/"
                + UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)));
        cells.computeIfAbsent(cell, c -> {
            List<Triple> description = new java.util.ArrayList<>();
            for (int i = 0; i < parts.length; i += 2) description.add(Triple.create(c, parts[i], parts[i + 1]));
            return description;
        });
        count(cell, COUNT, n);
        return cell;
    }

    private void events(Graph g) {
        // Typed as any kind of event, as the listings ask for ag:Event or ag:Meeting each.
        Set<Node> events = new LinkedHashSet<>();
        for (Node kind : EVENT_TYPES) g.find(Node.ANY, TYPE, kind).forEachRemaining(t -> events.add(t.getSubject()));
        events.forEach(event -> {
            for (Node p : EVENT_FACTS) g.find(event, p, Node.ANY).forEachRemaining(copies::add);
            for (Node place : objects(g, event, AG.place.asNode())) {
                g.find(place, LABEL, Node.ANY).forEachRemaining(placeLabels::add);
            }
        });
        // Every article's identifier, not only those of events here: a copy must not hang on which statements of a
        // graph happen to stand beside it.
        g.find(Node.ANY, IDENTIFIER, Node.ANY).forEachRemaining(copies::add);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
