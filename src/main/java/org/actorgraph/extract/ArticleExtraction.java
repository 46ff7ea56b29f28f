package org.actorgraph.extract;

import org.actorgraph.article.Article;

import java.util.List;

/** Everything extracted from one article. */
public record ArticleExtraction(Article article, List<Entity> entities, List<Position> positions, List<Event> events) {}
