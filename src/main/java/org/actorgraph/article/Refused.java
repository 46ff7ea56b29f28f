package org.actorgraph.article;

/** An input that cannot become an article, with the one line that tells the user why. */
final class Refused extends Exception {
    Refused(String reason) {
        super(reason, null, false, false);
    }
}
