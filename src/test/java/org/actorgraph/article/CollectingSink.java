package org.actorgraph.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands over, for tests that look at articles before any analysis. */
final class CollectingSink implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    static CollectingSink read(Path... paths) {
        CollectingSink sink = new CollectingSink();
        new ArticleReader().read(List.of(paths), sink);
        return sink;
    }

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    @Override
    public void skipped(String origin, String summary) {
        notes.add(origin + ": " + summary);
    }

    Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + id + " in " + articles + " / " + problems));
    }
}
