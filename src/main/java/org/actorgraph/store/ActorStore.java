package org.actorgraph.store;

import org.actorgraph.vocabulary.AG;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The persistent ActorGraph store: a TDB2 dataset holding one named graph per article, the ontology graph, and the
 * names graph ({@link NameIndex}) and summary graph ({@link SummaryIndex}), kept in step with the article graphs.
 * The SPARQL default graph is the union of the named graphs, so queries need no GRAPH clauses.
 */
public final class ActorStore implements AutoCloseable {
    /** What the store knows of one article graph: its identifier and source digest, each null when absent. */
    public record StoredArticle(String identifier, String digest) {}

    // Stores open in this JVM, counted: TDB2 shares one connection per directory, and it is only released (and the
    // directory's lock with it) when the last ActorStore on that directory closes.
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private final Path directory;
    private final Dataset dataset;
    private boolean closed;

    private ActorStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** True when {@code dir} holds a TDB2 database, so that opening it reads data rather than creating an empty store. */
    public static boolean exists(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        return Files.isDirectory(absolute) && DatabaseOps.findStorageLocation(absolute) != null;
    }

    /** Opens the store at {@code dir}, creating the directory and an empty database when absent. */
    public static ActorStore open(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new ActorGraphStoreException("Store " + absolute + " is not a directory");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new ActorGraphStoreException("Cannot create store directory " + absolute + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(absolute)) {
            throw new ActorGraphStoreException("Store directory " + absolute + " is not writable");
        }
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(absolute.toString());
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            // Touch the database now so a damaged or foreign directory fails here rather than mid-command.
            dataset.executeRead(() -> dataset.asDatasetGraph().isEmpty());
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (dataset.calculateRead(() -> NameIndex.missing(dsg) || SummaryIndex.missing(dsg))) {
                dataset.executeWrite(() -> {
                    if (NameIndex.missing(dsg)) NameIndex.rebuild(dsg);
                    if (SummaryIndex.missing(dsg)) SummaryIndex.rebuild(dsg);
                });
            }
            if (dataset.calculateRead(() -> SummaryIndex.rowsBehind(dsg))) dataset.executeWrite(() -> SummaryIndex.rebuildRows(dsg));
        } catch (ActorGraphStoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw openFailure(absolute, e);
        }
        synchronized (OPEN) {
            OPEN.merge(absolute, 1, Integer::sum);
        }
        return new ActorStore(absolute, dataset);
    }

    private static ActorGraphStoreException openFailure(Path dir, RuntimeException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.toLowerCase().contains("lock")) {
            return new StoreInUseException(dir, "Store " + dir + " is in use by another process (" + detail.strip()
                    + "). Stop the other ActorGraph command (for example a running 'serve') or use another --store.", e);
        }
        return new ActorGraphStoreException("Store " + dir + " cannot be opened as an ActorGraph store: " + detail.strip(), e);
    }

    public Path directory() {
        return directory;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The identifier and source digest stored for the article graph {@code articleIri}; empty when there is none. */
    public Optional<StoredArticle> storedArticle(String articleIri) {
        return dataset.calculateRead(() -> {
            if (!dataset.containsNamedModel(articleIri)) {
                return Optional.empty();
            }
            Model g = dataset.getNamedModel(articleIri);
            Resource article = g.createResource(articleIri);
            return Optional.of(new StoredArticle(literal(g, article, DCTerms.identifier), literal(g, article, AG.sourceDigest)));
        });
    }

    /** The source digest ({@code ag:sourceDigest}) stored for the article graph {@code articleIri}, if any. */
    public Optional<String> digestOf(String articleIri) {
        return storedArticle(articleIri).map(StoredArticle::digest);
    }

    private static String literal(Model g, Resource s, Property p) {
        Statement st = g.getProperty(s, p);
        return st != null && st.getObject().isLiteral() ? st.getString() : null;
    }

    /**
     * Replaces the article's named graph with {@code graph} in one write transaction: readers, and a process killed
     * mid-write, see the old graph or the new one, never a mix or a half.
     */
    public void replaceArticle(String articleIri, Model graph) {
        replaceArticle(articleIri, graph, null);
    }

    /**
     * As {@link #replaceArticle(String, Model)}, recording {@code digest} as the article's {@code ag:sourceDigest}
     * in the same transaction (none when null): a stored digest therefore always stands beside a complete graph.
     */
    public void replaceArticle(String articleIri, Model graph, String digest) {
        replaceArticles(List.of(new ArticleWrite(articleIri, graph, digest)));
    }

    /** One article graph to store, with its source digest (null for none). */
    public record ArticleWrite(String iri, Model graph, String digest) {}

    /**
     * Replaces several article graphs in one write transaction, so that they share its commit (one sync to disk, one
     * copy of each index block they touch, instead of one per article). The transaction is all or nothing: after a
     * failure, or a process killed mid-write, each article is still whole or absent. The names and summary graphs
     * are updated once for all of them, with the same result as article by article: counts add up, and a name or
     * copied fact goes only when no article graph gives it once every write is done. The IRIs must differ.
     */
    public synchronized void replaceArticles(List<ArticleWrite> writes) {
        if (writes.isEmpty()) return;
        SummaryIndex.Change changed = dataset.calculateWrite(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<Triple> namesBefore = new LinkedHashSet<>();
            Set<Triple> namesAfter = new LinkedHashSet<>();
            Summary summaryBefore = Summary.empty();
            Summary summaryAfter = Summary.empty();
            for (ArticleWrite w : writes) {
                namesBefore.addAll(namesIn(w.iri()));
                summaryBefore.add(Summary.of(articleGraph(w.iri())));
                namesAfter.addAll(NameIndex.namesOf(w.graph().getGraph()));
                summaryAfter.add(Summary.of(w.graph().getGraph()));
            }
            SummaryIndex.Change rows = SummaryIndex.begin(dsg, summaryBefore, summaryAfter);
            for (ArticleWrite w : writes) {
                dataset.removeNamedModel(w.iri());
                dataset.addNamedModel(w.iri(), w.graph());
                if (w.digest() != null) {
                    Model stored = dataset.getNamedModel(w.iri());
                    stored.add(stored.createResource(w.iri()), AG.sourceDigest, w.digest());
                }
            }
            NameIndex.added(dsg, namesAfter);
            SummaryIndex.added(dsg, summaryAfter);
            NameIndex.removed(dsg, namesBefore);
            SummaryIndex.removed(dsg, summaryBefore);
            if (rowsLater) SummaryIndex.rowsPending(dsg);
            else rows.finish(dsg);
            return rows;
        });
        if (!rowsLater) return;
        pendingRows = pendingRows == null ? changed : pendingRows.then(changed);
        if (++pendingWrites >= ROWS_EVERY) updateRows();
    }

    /**
     * Lets the listings' precomputed rows fall behind for up to {@value #ROWS_EVERY} writes and recomputes them once for
     * all of them (then, at {@link #updateRows} or on close): a bulk conversion writes the same popular actors' rows
     * again with nearly every article, which cost about a seventh of the conversion's processor time. Until then the
     * summary graph is marked, so a process stopped in between leaves a store whose next open rebuilds the rows.
     */
    public synchronized void keepRowsForSeveralWrites(boolean later) {
        if (!later) updateRows();
        rowsLater = later;
    }

    /** Brings the listings' rows up to date with every write so far. */
    public synchronized void updateRows() {
        if (pendingRows == null) return;
        SummaryIndex.Change pending = pendingRows;
        dataset.executeWrite(() -> {
            pending.finish(dataset.asDatasetGraph());
            SummaryIndex.rowsDone(dataset.asDatasetGraph());
        });
        pendingRows = null;
        pendingWrites = 0;
    }

    /** Writes between two updates of the rows when they are kept for several writes. */
    private static final int ROWS_EVERY = 64;
    private boolean rowsLater;
    private SummaryIndex.Change pendingRows;
    private int pendingWrites;

    /** The actor names an article graph gives; inside a transaction. */
    private Set<Triple> namesIn(String articleIri) {
        return NameIndex.namesOf(articleGraph(articleIri));
    }

    private org.apache.jena.graph.Graph articleGraph(String articleIri) {
        return dataset.asDatasetGraph().getGraph(NodeFactory.createURI(articleIri));
    }

    /** Stores {@code ontology} as the ontology graph unless an isomorphic copy is already there. */
    public void ensureOntology(Model ontology) {
        dataset.executeWrite(() -> {
            if (dataset.containsNamedModel(AG.ONTOLOGY_GRAPH)
                    && dataset.getNamedModel(AG.ONTOLOGY_GRAPH).isIsomorphicWith(ontology)) {
                return;
            }
            dataset.removeNamedModel(AG.ONTOLOGY_GRAPH);
            dataset.addNamedModel(AG.ONTOLOGY_GRAPH, ontology);
            SummaryIndex.ontologyChanged(dataset.asDatasetGraph());
        });
    }

    /**
     * Rebuilds the names and summary graphs from the article graphs. {@code serve --update} calls it at start, since
     * writes through the Graph Store Protocol bypass this class.
     */
    public void refreshNames() {
        refreshIndexes();
    }

    /**
     * Rebuilds everything the store keeps in step with the article graphs (the names and summary graphs), after
     * writes that bypassed this class: a bulk load, the Graph Store Protocol.
     */
    public void refreshIndexes() {
        dataset.executeWrite(() -> {
            NameIndex.rebuild(dataset.asDatasetGraph());
            SummaryIndex.rebuild(dataset.asDatasetGraph());
        });
    }

    /** Bytes the store's files take on disk (file sizes, as TDB2 allocates them). */
    public long diskBytes() {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new ActorGraphStoreException("Cannot read the size of store " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies the live data into a new generation of the database and deletes the old one, which holds every block
     * earlier transactions replaced. Readers and writers may go on meanwhile.
     */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Removes an article's named graph; true when there was one. */
    public boolean removeArticle(String articleIri) {
        return dataset.calculateWrite(() -> {
            boolean present = dataset.containsNamedModel(articleIri);
            Set<Triple> before = namesIn(articleIri);
            Summary summaryBefore = Summary.of(articleGraph(articleIri));
            SummaryIndex.Change rows = SummaryIndex.begin(dataset.asDatasetGraph(), summaryBefore, Summary.empty());
            dataset.removeNamedModel(articleIri);
            NameIndex.removed(dataset.asDatasetGraph(), before);
            SummaryIndex.removed(dataset.asDatasetGraph(), summaryBefore);
            rows.finish(dataset.asDatasetGraph());
            return present;
        });
    }

    public boolean containsGraph(String graphIri) {
        return dataset.calculateRead(() -> dataset.containsNamedModel(graphIri));
    }

    /** A copy of one named graph, detached from the transaction that read it. */
    public Model graph(String graphIri) {
        return dataset.calculateRead(() -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(dataset.getNamedModel(graphIri));
            return copy;
        });
    }

    /** Number of distinct articles in the store. */
    public long articleCount() {
        return countInstances(AG.Article);
    }

    /** Number of distinct resources typed {@code cls} anywhere in the store (the union of all graphs). */
    public long countInstances(Resource cls) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?cls }");
        pss.setIri("cls", cls.getURI());
        return count(pss);
    }

    /** Number of triples in the union of all graphs, duplicates across graphs counted once. */
    public long tripleCount() {
        return count(new ParameterizedSparqlString("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
    }

    private long count(ParameterizedSparqlString pss) {
        return dataset.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
                ResultSet rs = qe.execSelect();
                if (!rs.hasNext()) {
                    return 0L;
                }
                QuerySolution row = rs.next();
                Literal n = row.getLiteral("n");
                return n == null ? 0L : n.getLong();
            }
        });
    }

    /** Writes the whole store in {@code format}; see {@link GraphExporter}. */
    public void export(OutputStream out, String format) {
        GraphExporter.export(dataset, out, ExportFormat.parse(format));
    }

    /**
     * Closes the store. When no other ActorStore in this JVM uses the directory, the database is released too, so
     * another process (a {@code serve} started next, say) can open it without this JVM exiting first.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            updateRows();
        } catch (RuntimeException e) {
            // The rows stay marked as behind: the next open rebuilds them.
        }
        closed = true;
        boolean last;
        synchronized (OPEN) {
            last = OPEN.merge(directory, -1, Integer::sum) <= 0;
            if (last) {
                OPEN.remove(directory);
            }
        }
        dataset.close();
        if (last) {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
