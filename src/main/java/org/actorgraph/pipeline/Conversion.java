package org.actorgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.actorgraph.article.ArticleReader;
import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.store.ActorStore;

/**
 * One conversion run into an open store: reads the articles under the paths, extracts, maps, checks each graph
 * against the shapes and replaces the article's graph in the store, one article at a time so that a long batch holds
 * no more than a few articles in memory.
 *
 * <p>Each article graph is stored with a digest of what it was made from, in the same transaction as the graph. An
 * article whose digest is already stored is skipped, so rerunning an interrupted batch converts only what is missing
 * or changed, and the NLP models are not even loaded when nothing is.
 *
 * <p>Articles are read and checked in order on the calling thread, extracted (in parallel with more than one thread,
 * on one shared NLP pipeline whose models are loaded once) and handed to a writer thread, which stores them several
 * to a transaction ({@link StoreWriter}). Each article is still all or nothing: stored whole with its digest, or
 * absent.
 */
public final class Conversion {
    private final ActorStore store;
    private final ConversionOptions options;
    private final ConversionListener listener;

    public Conversion(ActorStore store, ConversionOptions options, ConversionListener listener) {
        this.store = store;
        this.options = options;
        this.listener = listener;
    }

    /** Converts everything under the paths; problems with single inputs are counted in the result, not thrown. */
    public ConversionResult run(List<Path> paths) {
        long start = System.nanoTime();
        store.ensureOntology(OntologyFiles.ontologyAndTopics());
        StoreCompaction compaction = new StoreCompaction(store, options);
        ArticleFlow flow;
        // Closed in reverse order: the workers finish converting, then the writer stores what they handed over.
        try (StoreWriter writer = new StoreWriter(store); Workers workers = new Workers(options.threads())) {
            flow = new ArticleFlow(store, options, listener, workers, writer);
            new ArticleReader().read(paths, flow);
        }
        ConversionResult result = flow.result(Duration.ofNanos(System.nanoTime() - start));
        listener.finished(result);
        compaction.afterRun(result.articles(), listener);
        return result;
    }
}
