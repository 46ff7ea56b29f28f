package org.actorgraph.pipeline;

import org.actorgraph.article.Article;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Model;

/**
 * An article's graph exactly as {@code convert} stores it (the converted graph and its {@code ag:sourceDigest}),
 * made without a store, for engines that write graphs elsewhere (the Spark job). Extraction, mapping and the SHACL
 * check are {@code convert}'s own; the store-side steps (names graph, summaries) happen when the graphs are loaded.
 * Safe across threads, given one extractor per thread.
 */
public final class ArticleGraphs {
    /** What became of one article: a graph, or the one-line reason it has none. */
    public sealed interface Outcome {}

    /** The graph named {@code iri}, digest included, with the counts {@code convert} reports. */
    public record Graph(String iri, String digest, Model graph, int positions, int events) implements Outcome {}

    public record Rejected(String reason) implements Outcome {}

    private final ConversionOptions options;
    private final ArticleConverter converter;

    public ArticleGraphs(ConversionOptions options) {
        this.options = options;
        this.converter = new ArticleConverter(options.iris(), options.minConfidence());
    }

    /** The IRI of the article's graph. */
    public String iri(Article article) {
        return options.iris().article(article.id());
    }

    /** The digest {@code convert} records for the article, by which reruns skip it. */
    public String digest(Article article) {
        return digest(article, options);
    }

    /** As {@link #digest(Article)}, without building a converter (its shapes) to ask. */
    public static String digest(Article article, ConversionOptions options) {
        return SourceDigest.of(article, options);
    }

    /** Converts the article with {@code extractor} (built on models loaded with {@code options.link()}). */
    public Outcome convert(Article article, ArticleExtractor extractor) {
        try {
            ArticleConverter.Converted c = converter.convert(article, extractor);
            String iri = iri(article);
            String digest = digest(article);
            // The same statement ActorStore.replaceArticle adds beside the graph.
            c.graph().add(c.graph().createResource(iri), AG.sourceDigest, digest);
            return new Graph(iri, digest, c.graph(), c.positions(), c.events());
        } catch (ArticleConverter.NonConforming e) {
            return new Rejected("graph does not conform to the shapes: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Rejected("conversion failed: " + e);
        }
    }
}
