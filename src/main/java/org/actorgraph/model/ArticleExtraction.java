package org.actorgraph.model;

import org.actorgraph.article.Article;

import java.util.List;

/** Everything extracted from one article. */
public record ArticleExtraction(Article article, List<Entity> entities, List<NamedMention> mentions, List<Position> positions,
                                List<Event> events) {

    /** The same extraction without the positions and events less sure than {@code min}. */
    public ArticleExtraction atLeast(double min) {
        return new ArticleExtraction(article, entities, mentions,
                positions.stream().filter(p -> p.confidence() >= min).toList(),
                events.stream().filter(e -> e.confidence() >= min).toList());
    }
}
