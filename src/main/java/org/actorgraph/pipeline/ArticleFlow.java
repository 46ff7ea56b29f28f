package org.actorgraph.pipeline;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.actorgraph.article.Article;
import org.actorgraph.article.ArticleSink;
import org.actorgraph.article.InputProblem;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.store.ActorStore;

/**
 * Takes each article the reader hands over through the gate, converts it (on the workers) and has the store writer
 * store it, counting as it goes. What the listener hears goes through the writer too, so that it comes in the order
 * things happened: with one thread, input order. The NLP models are loaded with the first article that needs converting, so a rerun
 * with nothing changed never loads them. A problem with one input is reported and the batch goes on.
 */
final class ArticleFlow implements ArticleSink {
    private final ActorStore store;
    private final ConversionOptions options;
    private final ConversionListener listener;
    private final Workers workers;
    private final StoreWriter writer;
    private final BatchGate gate;
    private final Set<String> actors = new HashSet<>();
    private ExtractionModels models;
    private ThreadLocal<ArticleExtractor> extractors;
    private ArticleConverter converter;
    private int articles;
    private int skipped;
    private int positions;
    private int events;
    private int problems;

    ArticleFlow(ActorStore store, ConversionOptions options, ConversionListener listener, Workers workers,
                StoreWriter writer) {
        this.store = store;
        this.options = options;
        this.listener = listener;
        this.workers = workers;
        this.writer = writer;
        this.gate = new BatchGate(store, options);
    }

    @Override
    public void article(Article article) {
        String iri = options.iris().article(article.id());
        String digest;
        try {
            BatchGate.Admission admission = gate.admit(article, iri);
            if (admission instanceof BatchGate.Refused r) {
                problem(new InputProblem(article.origin(), r.why()));
                return;
            }
            if (admission instanceof BatchGate.Unchanged) {
                unchanged(article);
                return;
            }
            digest = ((BatchGate.Admitted) admission).digest();
            loadModels();
        } catch (RuntimeException e) {
            problem(new InputProblem(article.origin(), "conversion failed: " + reason(e)));
            return;
        }
        workers.submit(() -> convert(article, iri, digest));
    }

    private void loadModels() {
        if (models != null) return;
        ExtractionModels loaded = ExtractionModels.load(options.link(), this::notice);
        extractors = ThreadLocal.withInitial(loaded::newExtractor);
        converter = new ArticleConverter(options.iris(), options.minConfidence());
        models = loaded;
    }

    /** Extracts, maps and checks one article (on a worker), then hands it to the writer. */
    private void convert(Article article, String iri, String digest) {
        ArticleConverter.Converted c;
        try {
            c = converter.convert(article, extractors.get());
        } catch (ArticleConverter.NonConforming e) {
            problem(new InputProblem(article.origin(), "graph does not conform to the shapes: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            problem(new InputProblem(article.origin(), "conversion failed: " + reason(e)));
            return;
        }
        writer.write(new StoreWriter.Pending(new ActorStore.ArticleWrite(iri, c.graph(), digest),
                () -> stored(article, c),
                e -> counted(new InputProblem(article.origin(), "conversion failed: " + reason(e)))));
    }

    private synchronized void stored(Article article, ArticleConverter.Converted c) {
        articles++;
        positions += c.positions();
        events += c.events();
        actors.addAll(c.actors());
        listener.converted(articles, article.id(), c.positions(), c.events());
    }

    private void unchanged(Article article) {
        writer.report(() -> {
            synchronized (this) {
                skipped++;
                listener.unchanged(article.id());
            }
        });
    }

    @Override
    public void skipped(String origin, String summary) {
        writer.report(() -> told(() -> listener.skipped(origin, summary)));
    }

    private synchronized void told(Runnable call) {
        call.run();
    }

    private synchronized void notice(String line) {
        listener.notice(line);
    }

    @Override
    public void notRead(String origin, String why) {
        writer.report(() -> told(() -> listener.notRead(origin, why)));
    }

    @Override
    public void problem(InputProblem problem) {
        writer.report(() -> counted(problem));
    }

    private synchronized void counted(InputProblem problem) {
        problems++;
        listener.problem(problem);
    }

    // The user sees this line: the exception's own words, never its class name.
    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return "internal error; please report it with this input";
        return message.strip().lines().findFirst().orElse(message);
    }

    /** The counts so far; called once the workers and the writer are done. */
    synchronized ConversionResult result(Duration total) {
        Optional<Duration> nlp = Optional.ofNullable(models).map(ExtractionModels::nlpLoad);
        Optional<Duration> link = Optional.ofNullable(models).flatMap(ExtractionModels::linkLoad);
        return new ConversionResult(articles, skipped, positions, events, actors.size(), problems,
                new ConversionResult.Timings(total, nlp, link));
    }
}
