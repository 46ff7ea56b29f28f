package org.actorgraph.article;

/** Receives articles as they are read, and the inputs that could not be read, in input order. */
public interface ArticleSink {
    void article(Article article);

    void problem(InputProblem problem);
}
