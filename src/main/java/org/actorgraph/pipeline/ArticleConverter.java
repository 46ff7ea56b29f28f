package org.actorgraph.pipeline;

import java.util.Set;
import java.util.stream.Collectors;

import org.actorgraph.article.Article;
import org.actorgraph.model.ArticleExtraction;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.graph.ArticleGraphMapper;
import org.actorgraph.graph.Iris;
import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;

/** Extracts one article, maps it to its RDF graph and checks the graph against the shapes. Safe across threads. */
final class ArticleConverter {
    /** One article's graph, checked, with what the run counts of it. */
    record Converted(Model graph, int positions, int events, Set<String> actors) {}

    /** The graph of an article broke a shape; the message is the validator's first. */
    static final class NonConforming extends RuntimeException {
        NonConforming(String message) {
            super(message);
        }
    }

    private final Shapes shapes = OntologyFiles.shapes();
    private final ArticleGraphMapper mapper;
    private final double minConfidence;

    ArticleConverter(Iris iris, double minConfidence) {
        this.mapper = new ArticleGraphMapper(iris);
        this.minConfidence = minConfidence;
    }

    Converted convert(Article article, ArticleExtractor extractor) {
        ArticleExtraction x = extractor.extract(article).atLeast(minConfidence);
        Model graph = mapper.map(x);
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
        if (!report.conforms()) throw new NonConforming(report.getEntries().iterator().next().message());
        Set<String> actors = graph.listSubjectsWithProperty(RDF.type, AG.Actor).toList().stream()
                .map(Resource::getURI).collect(Collectors.toSet());
        return new Converted(graph, x.positions().size(), x.events().size(), actors);
    }
}
