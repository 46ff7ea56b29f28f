package org.actorgraph.cli;

import org.actorgraph.article.Article;
import org.actorgraph.article.ArticleReader;
import org.actorgraph.article.ArticleSink;
import org.actorgraph.article.InputProblem;
import org.actorgraph.extract.ArticleExtraction;
import org.actorgraph.extract.ArticleExtractor;
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
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads articles, extracts, maps to RDF, checks the graph against the shapes and replaces the article's graph in the
 * store, one article at a time so that a long batch holds no more than one article in memory. Problems with one
 * input are reported and the batch goes on.
 */
final class Conversion implements ArticleSink {
    private final ActorStore store;
    private final PrintWriter err;
    private final Iris iris;
    private final boolean progress;
    private final Shapes shapes = OntologyFiles.shapes();
    private final Set<String> seenIds = new HashSet<>();
    private final Set<String> actors = new HashSet<>();
    private ArticleExtractor extractor;
    private ArticleGraphMapper mapper;
    private double minConfidence;
    private long modelLoadMillis;
    private int articles;
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

    /** Converts everything under the paths; returns the exit code (1 when any input had a problem). */
    int run(List<Path> paths) {
        long start = System.nanoTime();
        store.ensureOntology(OntologyFiles.ontologyAndTopics());
        new ArticleReader().read(paths, this);
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("Converted %d article(s): %d positions, %d events, %d actors in %.1f s (NLP model load %.1f s)%s%n",
                articles, positions, events, actors.size(), seconds, modelLoadMillis / 1000.0,
                problems == 0 ? "" : "; " + problems + " input(s) could not be converted");
        err.flush();
        return problems == 0 ? ActorGraphCommand.EXIT_OK : ActorGraphCommand.EXIT_FAILURE;
    }

    @Override
    public void article(Article article) {
        if (!seenIds.add(article.id())) {
            problem(new InputProblem(article.origin(), "duplicate article id \"" + article.id() + "\" in this batch; skipped"));
            return;
        }
        try {
            if (extractor == null) {
                long t = System.nanoTime();
                extractor = new ArticleExtractor(NlpPipeline.get());
                mapper = new ArticleGraphMapper(iris);
                modelLoadMillis = (System.nanoTime() - t) / 1_000_000;
            }
            ArticleExtraction x = extractor.extract(article).atLeast(minConfidence);
            Model graph = mapper.map(x);
            ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
            if (!report.conforms()) {
                problem(new InputProblem(article.origin(), "graph does not conform to the shapes: "
                        + report.getEntries().iterator().next().message()));
                return;
            }
            store.replaceArticle(iris.article(article.id()), graph);
            articles++;
            positions += x.positions().size();
            events += x.events().size();
            for (Resource r : graph.listSubjectsWithProperty(RDF.type, AG.Actor).toList()) actors.add(r.getURI());
            if (progress) {
                err.printf("[%d] %s: %d positions, %d events%n", articles, article.id(), x.positions().size(), x.events().size());
                err.flush();
            }
        } catch (RuntimeException e) {
            problem(new InputProblem(article.origin(), "conversion failed: " + e));
        }
    }

    @Override
    public void problem(InputProblem problem) {
        problems++;
        err.println("error: " + problem);
        err.flush();
    }
}
