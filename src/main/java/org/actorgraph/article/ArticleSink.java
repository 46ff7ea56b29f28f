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

    /**
     * A file in a directory that is not read, and why (its extension, or an .xml file that is no feed). Not a problem
     * by itself: folders hold other files beside articles.
     */
    default void notRead(String origin, String why) {
    }
}
