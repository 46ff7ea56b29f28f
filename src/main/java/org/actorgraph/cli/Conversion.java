package org.actorgraph.cli;

import org.actorgraph.article.Article;
import org.actorgraph.article.ArticleReader;
import org.actorgraph.article.ArticleSink;
import org.actorgraph.article.InputProblem;
import org.actorgraph.extract.ArticleExtraction;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.extract.EntityLinker;
import org.actorgraph.graph.AG;
import org.actorgraph.graph.ArticleGraphMapper;
import org.actorgraph.graph.Iris;
import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.nlp.NlpPipeline;
import org.actorgraph.store.ActorStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Reads articles, extracts, maps to RDF, checks the graph against the shapes and replaces the article's graph in the
 * store, one article at a time so that a long batch holds no more than one article in memory. Problems with one
 * input are reported and the batch goes on.
 *
 * <p>Each article graph records a digest of what it was made from ({@link ActorStore#SOURCE_DIGEST}), written in the
 * same transaction as the graph. An article whose digest is already stored is skipped, so rerunning an interrupted
 * batch converts only what is missing or changed, and the NLP models are not even loaded when nothing is.
 *
 * <p>With more than one thread, articles are read and checked in order on the calling thread, extracted in parallel
 * on one shared NLP pipeline (its models are loaded once), and written to the store one at a time. At most two
 * articles a thread are in flight, so memory stays flat however long the batch.
 */
final class Conversion implements ArticleSink {
    private final ActorStore store;
    private final PrintWriter err;
    private final Iris iris;
    private final boolean progress;
    private final Shapes shapes = OntologyFiles.shapes();
    private final Set<String> seenIds = new HashSet<>();
    private final Map<String, String> idsByIri = new HashMap<>();
    private final Set<String> actors = new HashSet<>();
    private ArticleExtractor extractor;
    private ThreadLocal<ArticleExtractor> extractors;
    private ArticleGraphMapper mapper;
    private int threads = 1;
    private long compactMinGrowth = 256L << 20;
    private double compactMinRatio = 1.0;
    private ExecutorService pool;
    private Semaphore inFlight;
    private double minConfidence;
    private boolean link = true;
    private long modelLoadMillis;
    private long linkLoadMillis;
    private int articles;
    private int skipped;
    private int positions;
    private int events;
    private int problems;

    Conversion(ActorStore store, PrintWriter err, Iris iris, boolean progress) {
        this.store = store;
        this.err = err;
        this.iris = iris;
        this.progress = progress;
    }

    /** Leaves out positions and events whose rules are less sure than this (0–1). */
    Conversion minConfidence(double min) {
        this.minConfidence = min;
        return this;
    }

    /** Whether entities get DBpedia links (on unless turned off); the title index is only opened when used. */
    Conversion link(boolean on) {
        this.link = on;
        return this;
    }

    /**
     * A run compacts the store when it grew by more than {@code minBytes} and by more than {@code ratio} times its
     * size before the run (by default 256 MB and 1: more than doubled).
     */
    Conversion compactWhenGrown(long minBytes, double ratio) {
        this.compactMinGrowth = minBytes;
        this.compactMinRatio = ratio;
        return this;
    }

    /** How many articles are extracted at once (1 by default). */
    Conversion threads(int n) {
        if (n < 1) throw new IllegalArgumentException("--threads must be at least 1");
        this.threads = n;
        return this;
    }

    /** Converts everything under the paths; returns the exit code (1 when any input had a problem). */
    int run(List<Path> paths) {
        long start = System.nanoTime();
        store.ensureOntology(OntologyFiles.ontologyAndTopics());
        long bytesBefore = store.diskBytes();
        if (threads > 1) {
            pool = Executors.newFixedThreadPool(threads);
            inFlight = new Semaphore(2 * threads);
        }
        try {
            new ArticleReader().read(paths, this);
        } finally {
            if (pool != null) {
                pool.shutdown();
                awaitPool();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("Converted %d article(s): %d positions, %d events, %d actors in %.1f s (%s)%s%s%n",
                articles, positions, events, actors.size(), seconds,
                extractor == null ? "NLP models not loaded" : String.format("NLP model load %.1f s", modelLoadMillis / 1000.0)
                        + (extractor != null && link ? String.format(", link index %.1f s", linkLoadMillis / 1000.0) : ""),
                skipped == 0 ? "" : "; " + skipped + " unchanged article(s) skipped",
                problems == 0 ? "" : "; " + problems + " input(s) could not be converted");
        err.flush();
        compactIfGrown(bytesBefore);
        return problems == 0 ? ActorGraphCommand.EXIT_OK : ActorGraphCommand.EXIT_FAILURE;
    }

    /**
     * TDB2 never overwrites: every write transaction appends fresh copies of the index blocks it touches, so one
     * transaction per article leaves about 5 MB of dead blocks an article (10,000 articles: 56 GB on disk for
     * 1.4 GB of data). When a run has more than doubled the store, and by over 256 MB, it ends by compacting it
     * (copying the live data into a new generation and deleting the old). Small runs on a large store do not pay for
     * copying it.
     */
    private void compactIfGrown(long bytesBefore) {
        long bytesAfter = store.diskBytes();
        long grown = bytesAfter - bytesBefore;
        if (articles == 0 || grown <= Math.max(compactMinGrowth, compactMinRatio * bytesBefore)) return;
        long t = System.nanoTime();
        store.compact();
        err.printf("Compacted the store: %.2f GB -> %.2f GB on disk in %.1f s%n",
                bytesAfter / 1e9, store.diskBytes() / 1e9, (System.nanoTime() - t) / 1e9);
        err.flush();
    }

    @Override
    public void article(Article article) {
        if (!seenIds.add(article.id())) {
            problem(new InputProblem(article.origin(), "duplicate article id \"" + article.id() + "\" in this batch; skipped"));
            return;
        }
        String iri = iris.article(article.id());
        // Ids are made safe for IRIs by folding them to a slug, so two different ids can meet in one graph name.
        String sameIri = idsByIri.putIfAbsent(iri, article.id());
        if (sameIri != null) {
            problem(new InputProblem(article.origin(), "article id \"" + article.id() + "\" gives the same IRI <" + iri
                    + "> as id \"" + sameIri + "\" in this batch; skipped (give it an id that differs in letters or digits)"));
            return;
        }
        String digest;
        try {
            digest = digest(article);
            ActorStore.StoredArticle stored = store.storedArticle(iri).orElse(null);
            if (stored != null && stored.identifier() != null && !stored.identifier().equals(article.id())) {
                problem(new InputProblem(article.origin(), "article id \"" + article.id() + "\" gives the same IRI <" + iri
                        + "> as stored article \"" + stored.identifier() + "\"; skipped so that it is not overwritten"));
                return;
            }
            if (stored != null && digest.equals(stored.digest())) {
                skippedUnchanged(article);
                return;
            }
            if (extractor == null) {
                long t = System.nanoTime();
                EntityLinker linker = link ? EntityLinker.offline() : null;
                linkLoadMillis = (System.nanoTime() - t) / 1_000_000;
                t = System.nanoTime();
                NlpPipeline nlp = NlpPipeline.get();
                extractor = new ArticleExtractor(nlp, linker);
                extractors = ThreadLocal.withInitial(() -> new ArticleExtractor(nlp, linker));
                mapper = new ArticleGraphMapper(iris);
                modelLoadMillis = (System.nanoTime() - t) / 1_000_000;
            }
        } catch (RuntimeException e) {
            problem(new InputProblem(article.origin(), "conversion failed: " + e));
            return;
        }
        if (pool == null) {
            convert(article, iri, digest, extractor);
            return;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                convert(article, iri, digest, extractors.get());
            } finally {
                inFlight.release();
            }
        });
    }

    private synchronized void skippedUnchanged(Article article) {
        skipped++;
        if (progress) {
            err.printf("[=] %s: unchanged, skipped%n", article.id());
            err.flush();
        }
    }

    private void awaitPool() {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // A long batch: keep waiting for the articles already handed out.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Extracts, maps and checks one article (in parallel when there are threads), then stores it (one at a time). */
    private void convert(Article article, String iri, String digest, ArticleExtractor extractor) {
        try {
            ArticleExtraction x = extractor.extract(article).atLeast(minConfidence);
            Model graph = mapper.map(x);
            graph.add(graph.createResource(iri), ActorStore.SOURCE_DIGEST, digest);
            ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
            if (!report.conforms()) {
                problem(new InputProblem(article.origin(), "graph does not conform to the shapes: "
                        + report.getEntries().iterator().next().message()));
                return;
            }
            stored(iri, graph, x, article);
        } catch (RuntimeException e) {
            problem(new InputProblem(article.origin(), "conversion failed: " + e));
        }
    }

    private synchronized void stored(String iri, Model graph, ArticleExtraction x, Article article) {
        store.replaceArticle(iri, graph);
        articles++;
        positions += x.positions().size();
        events += x.events().size();
        for (Resource r : graph.listSubjectsWithProperty(RDF.type, AG.Actor).toList()) actors.add(r.getURI());
        if (progress) {
            err.printf("[%d] %s: %d positions, %d events%n", articles, article.id(), x.positions().size(), x.events().size());
            err.flush();
        }
    }

    /**
     * SHA-256 over everything the article graph is made from: the article's fields, the IRI base and the confidence
     * threshold. A change to any of them makes the article convert again.
     */
    private String digest(Article a) {
        StringBuilder sb = new StringBuilder("actorgraph-source-1");
        for (Object field : new Object[] {a.id(), a.text(), a.title(), a.date(), a.url(), a.publisher(), iris.base(), minConfidence}) {
            String v = field == null ? "" : field.toString();
            // Length-prefixed, so no two different field lists give the same string.
            sb.append('\n').append(v.length()).append(':').append(v);
        }
        // Linked and unlinked graphs differ, so switching linking on converts again; off matches earlier digests.
        if (link) sb.append("\nlink:dbpedia-1");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public synchronized void skipped(String origin, String summary) {
        err.println(origin + ": " + summary);
        err.flush();
    }

    @Override
    public synchronized void problem(InputProblem problem) {
        problems++;
        err.println("error: " + problem);
        err.flush();
    }
}
