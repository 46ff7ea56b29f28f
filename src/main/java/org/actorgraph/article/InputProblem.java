package org.actorgraph.article;

/** Why one input (a file, or one line of a JSON Lines file) could not be read as an article. */
public record InputProblem(String origin, String message) {
    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
