package org.actorgraph.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.extract.EntityLinker;
import org.actorgraph.nlp.NlpPipeline;

/**
 * The loaded models extraction runs on: the NLP pipeline (loaded once per JVM, 10–15 s) and, when linking, the
 * DBpedia title index. Extractors made from one instance share them, so each thread can have its own extractor
 * without loading anything twice.
 */
public final class ExtractionModels {
    private final NlpPipeline nlp;
    private final EntityLinker linker;
    private final Duration nlpLoad;
    private final Duration linkLoad;

    private ExtractionModels(NlpPipeline nlp, EntityLinker linker, Duration nlpLoad, Duration linkLoad) {
        this.nlp = nlp;
        this.linker = linker;
        this.nlpLoad = nlpLoad;
        this.linkLoad = linkLoad;
    }

    /** Loads the models, timing each; {@code link} says whether entities get DBpedia links. */
    public static ExtractionModels load(boolean link) {
        return load(link, line -> { });
    }

    /** As {@link #load(boolean)}; what takes long the first time (building the title index) is told to {@code notice}. */
    public static ExtractionModels load(boolean link, Consumer<String> notice) {
        long t = System.nanoTime();
        EntityLinker linker = link ? EntityLinker.offline(notice) : null;
        Duration linkLoad = Duration.ofNanos(System.nanoTime() - t);
        t = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.get();
        Duration nlpLoad = Duration.ofNanos(System.nanoTime() - t);
        return new ExtractionModels(nlp, linker, nlpLoad, link ? linkLoad : null);
    }

    /** A new extractor on these models; extractors are not shared between threads. */
    public ArticleExtractor newExtractor() {
        return new ArticleExtractor(nlp, linker);
    }

    public Duration nlpLoad() {
        return nlpLoad;
    }

    /** How long the title index took to open; empty when linking is off. */
    public Optional<Duration> linkLoad() {
        return Optional.ofNullable(linkLoad);
    }
}
