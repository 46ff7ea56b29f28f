package org.actorgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.actorgraph.vocabulary.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.tdb2.TDB2;

/**
 * The answer rows of the whole-store listings ({@code actors}, {@code stance-matrix}, {@code events},
 * {@code who-met-whom}, {@code addressed-and-targeted}), kept in the summary graph: one node per row, with each column
 * as a literal or IRI and a sort key, so that a listing is a scan of one property with no join, no grouping and no
 * label look-up. Over the summary's counts those listings still took 1–8 s at 10 million triples, most of it per-row
 * work: names looked up, rows grouped and sorted.
 *
 * <p>A row is computed by the listing's query over the summary and names graphs (the resources under {@code rows/},
 * the texts the prepared queries had before), restricted to the rows an article write can change: those of its
 * "owner" (the actor, the speaker's name, the speaker and other actor's names, the event or the meeting). Rows are
 * named by a hash of their listing and values, so a row that did not change is left as it is, and rows kept in step
 * equal rows rebuilt from scratch.
 */
final class SummaryRows {
    static final String COLUMN_NS = "https://w3id.org/actorgraph/summary/column#";
    /** Zero-padded width of numbers in sort keys; counts stay far below 10^18. */
    private static final int WIDTH = 18;
    private static final long CEILING = 999_999_999_999_999_999L;

    /** An ORDER BY item of a listing: a column's lexical form ascending, or a count descending. */
    private record Order(String var, boolean descendingCount) {}

    /**
     * One listing: its name, the property that ties a row to its sort key, the variables that name a row's owner, and
     * its order.
     */
    record Listing(String name, Node keyProperty, List<String> owners, List<Order> order, String source) {
        private Query query(String keys) {
            return QueryFactory.create(source.replace("#KEYS#", keys));
        }
    }

    static final Listing ACTORS = listing("actors", "actorsRow", List.of("entity"),
            List.of(desc("positions"), desc("articles"), asc("name"), asc("entity")));
    static final Listing STANCE_MATRIX = listing("stance-matrix", "stanceMatrixRow", List.of("speaker"),
            List.of(asc("speaker"), desc("total"), asc("topic")));
    static final Listing ADDRESSED = listing("addressed-and-targeted", "addressedRow", List.of("speaker", "other"),
            List.of(desc("positions"), asc("speaker"), asc("other"), asc("relation")));
    static final Listing EVENTS = listing("events", "eventsRow", List.of("event"),
            List.of(asc("articleId"), asc("date"), asc("event")));
    static final Listing WHO_MET_WHOM = listing("who-met-whom", "whoMetWhomRow", List.of("meeting"),
            List.of(asc("first"), asc("second"), asc("date"), asc("articleId"), asc("meeting")));
    static final List<Listing> ALL = List.of(ACTORS, STANCE_MATRIX, ADDRESSED, EVENTS, WHO_MET_WHOM);

    private SummaryRows() {}

    private static Order asc(String var) {
        return new Order(var, false);
    }

    private static Order desc(String var) {
        return new Order(var, true);
    }

    private static Listing listing(String name, String keyProperty, List<String> owners, List<Order> order) {
        String resource = "rows/" + name + ".rq";
        try (InputStream in = SummaryRows.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath");
            return new Listing(name, NodeFactory.createURI(Summary.NS + keyProperty), owners, order,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    static Node column(String var) {
        return NodeFactory.createURI(COLUMN_NS + var);
    }

    /** Recomputes every row of the listing; call inside a write transaction. */
    static void rebuild(DatasetGraph dsg, Listing listing) {
        List<Node> old = new ArrayList<>();
        dsg.find(SummaryIndex.GRAPH, Node.ANY, listing.keyProperty(), Node.ANY).forEachRemaining(q -> old.add(q.getSubject()));
        replace(dsg, listing, old, compute(dsg, listing, ""));
    }

    /**
     * Recomputes the rows of the owners given (each a list of nodes, one per owner variable); call inside the write
     * transaction, after the summary and names graphs have changed.
     */
    static void refresh(DatasetGraph dsg, Listing listing, Collection<List<Node>> owners) {
        if (owners.isEmpty()) return;
        List<Node> old = new ArrayList<>();
        for (List<Node> owner : owners) old.addAll(rowsOf(dsg, listing, owner));
        StringBuilder values = new StringBuilder("VALUES (");
        listing.owners().forEach(v -> values.append('?').append(v).append(' '));
        values.append(") {");
        for (List<Node> owner : owners) {
            values.append(" (");
            owner.forEach(n -> values.append(FmtUtils.stringForNode(n)).append(' '));
            values.append(')');
        }
        values.append(" }");
        replace(dsg, listing, old, compute(dsg, listing, values.toString()));
    }

    /** The rows of the listing whose owner variables have the values given. */
    static List<Node> rowsOf(DatasetGraph dsg, Listing listing, List<Node> owner) {
        List<Node> rows = new ArrayList<>();
        dsg.find(SummaryIndex.GRAPH, Node.ANY, column(listing.owners().get(0)), owner.get(0)).forEachRemaining(q -> {
            Node row = q.getSubject();
            if (!dsg.contains(SummaryIndex.GRAPH, row, listing.keyProperty(), Node.ANY)) return;
            for (int i = 1; i < owner.size(); i++) {
                if (!dsg.contains(SummaryIndex.GRAPH, row, column(listing.owners().get(i)), owner.get(i))) return;
            }
            rows.add(row);
        });
        return rows;
    }

    /** Every value the rows of the listing have in a column; e.g. the speakers' names. */
    static Set<Node> rowsWith(DatasetGraph dsg, Listing listing, String var, Node value) {
        Set<Node> rows = new LinkedHashSet<>();
        dsg.find(SummaryIndex.GRAPH, Node.ANY, column(var), value).forEachRemaining(q -> {
            if (dsg.contains(SummaryIndex.GRAPH, q.getSubject(), listing.keyProperty(), Node.ANY)) rows.add(q.getSubject());
        });
        return rows;
    }

    /** The value of a column of a row, or null. */
    static Node value(DatasetGraph dsg, Node row, String var) {
        var it = dsg.find(SummaryIndex.GRAPH, row, column(var), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static List<List<Triple>> compute(DatasetGraph dsg, Listing listing, String keys) {
        List<List<Triple>> rows = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        // The listings read topic labels from the ontology graph through the union default graph, as served.
        try (QueryExec exec = QueryExec.dataset(dsg).query(listing.query(keys)).set(TDB2.symUnionDefaultGraph, true).build()) {
            RowSet rs = exec.select();
            List<Var> vars = rs.getResultVars();
            while (rs.hasNext()) rows.add(row(listing, vars, rs.next(), seen));
        }
        return rows;
    }

    private static List<Triple> row(Listing listing, List<Var> vars, Binding b, java.util.Map<String, Integer> seen) {
        StringBuilder identity = new StringBuilder(listing.name());
        for (Var v : vars) {
            Node n = value(b, v);
            identity.append('\n').append(v.getVarName()).append('=').append(n == null ? "" : FmtUtils.stringForNode(n));
        }
        // A query may give the same row twice (two places with one name, say); each stays a row of its own.
        int repeat = seen.merge(identity.toString(), 1, Integer::sum);
        if (repeat > 1) identity.append("\n#").append(repeat);
        String id = UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8)).toString();
        Node row = NodeFactory.createURI(AG.SUMMARY_GRAPH + "/row/" + listing.name() + "/" + id);
        List<Triple> triples = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (Order o : listing.order()) {
            Node n = value(b, Var.alloc(o.var()));
            if (o.descendingCount()) {
                long count = n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
                String padded = Long.toString(CEILING - count);
                key.append("0".repeat(Math.max(0, WIDTH - padded.length()))).append(padded);
            } else if (n != null) {
                key.append(n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
            }
            // A tab sorts before every character a name or identifier holds, so "Ab" comes before "Abc".
            key.append('\t');
        }
        key.append(id);
        triples.add(Triple.create(row, listing.keyProperty(), NodeFactory.createLiteralString(key.toString())));
        for (Var v : vars) {
            Node n = value(b, v);
            if (n != null) triples.add(Triple.create(row, column(v.getVarName()), n));
        }
        return triples;
    }

    /** Separates the items of a list column in the row queries; never in a name. */
    private static final String ITEM = "\u001F";

    /**
     * A column's value; a list (GROUP_CONCAT with {@link #ITEM}) comes sorted and joined with ", ", so that a row is
     * the same whatever order the store gives its items in (it depends on the order the articles were written in).
     */
    private static Node value(Binding b, Var v) {
        Node n = b.get(v);
        if (n == null || !n.isLiteral() || !n.getLiteralLexicalForm().contains(ITEM)) return n;
        List<String> items = new ArrayList<>(List.of(n.getLiteralLexicalForm().split(ITEM)));
        items.sort(null);
        return NodeFactory.createLiteralString(String.join(", ", items));
    }

    /** Deletes the old rows that are not among the new ones, and adds the new ones that were not there. */
    private static void replace(DatasetGraph dsg, Listing listing, Collection<Node> oldRows, List<List<Triple>> rows) {
        Set<Node> old = new LinkedHashSet<>(oldRows);
        Set<Node> kept = new HashSet<>();
        for (List<Triple> row : rows) {
            Node subject = row.get(0).getSubject();
            if (old.contains(subject) || dsg.contains(SummaryIndex.GRAPH, subject, listing.keyProperty(), Node.ANY)) {
                kept.add(subject);
                continue;
            }
            for (Triple t : row) dsg.add(SummaryIndex.GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }
        for (Node row : old) {
            if (!kept.contains(row)) dsg.deleteAny(SummaryIndex.GRAPH, row, Node.ANY, Node.ANY);
        }
    }

}
