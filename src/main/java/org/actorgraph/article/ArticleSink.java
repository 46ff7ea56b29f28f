package org.actorgraph.article;

/** Receives articles as they are read, and the inputs that could not be read, in input order. */
public interface ArticleSink {
    void article(Article article);

    void problem(InputProblem problem);

    /**
     * What an input held besides articles (a web archive's other records, a feed's summary-only items), told once
     * per file after its articles. Not a problem: nothing the user gave was lost.
     */
    default void skipped(String origin, String summary) {
    }
}
