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
 * Takes each article the reader hands over through the gate, converts it (on the workers) and stores it (one at a
 * time), counting as it goes. The NLP models are loaded with the first article that needs converting, so a rerun
 * with nothing changed never loads them. A problem with one input is reported and the batch goes on.
 */
final class ArticleFlow implements ArticleSink {
    private final ActorStore store;
    private final ConversionOptions options;
    private final ConversionListener listener;
    private final Workers workers;
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

    ArticleFlow(ActorStore store, ConversionOptions options, ConversionListener listener, Workers workers) {
        this.store = store;
        this.options = options;
        this.listener = listener;
        this.workers = workers;
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

    /** Extracts, maps and checks one article (on a worker), then stores it. */
    private void convert(Article article, String iri, String digest) {
        try {
            stored(article, iri, digest, converter.convert(article, extractors.get()));
        } catch (ArticleConverter.NonConforming e) {
            problem(new InputProblem(article.origin(), "graph does not conform to the shapes: " + e.getMessage()));
        } catch (RuntimeException e) {
            problem(new InputProblem(article.origin(), "conversion failed: " + reason(e)));
        }
    }

    private synchronized void stored(Article article, String iri, String digest, ArticleConverter.Converted c) {
        store.replaceArticle(iri, c.graph(), digest);
        articles++;
        positions += c.positions();
        events += c.events();
        actors.addAll(c.actors());
        listener.converted(articles, article.id(), c.positions(), c.events());
    }

    private synchronized void unchanged(Article article) {
        skipped++;
        listener.unchanged(article.id());
    }

    @Override
    public synchronized void skipped(String origin, String summary) {
        listener.skipped(origin, summary);
    }

    private synchronized void notice(String line) {
        listener.notice(line);
    }

    @Override
    public synchronized void notRead(String origin, String why) {
        listener.notRead(origin, why);
    }

    @Override
    public synchronized void problem(InputProblem problem) {
        problems++;
        listener.problem(problem);
    }

    // The user sees this line: the exception's own words, never its class name.
    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return "internal error; please report it with this input";
        return message.strip().lines().findFirst().orElse(message);
    }

    /** The counts so far; called once the workers are done. */
    synchronized ConversionResult result(Duration total) {
        Optional<Duration> nlp = Optional.ofNullable(models).map(ExtractionModels::nlpLoad);
        Optional<Duration> link = Optional.ofNullable(models).flatMap(ExtractionModels::linkLoad);
        return new ConversionResult(articles, skipped, positions, events, actors.size(), problems,
                new ConversionResult.Timings(total, nlp, link));
    }
}
