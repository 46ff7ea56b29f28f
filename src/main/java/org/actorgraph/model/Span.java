package org.actorgraph.model;

/** Character offsets [begin, end) into an article's text. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + "," + end);
    }

    public String of(String text) {
        return text.substring(begin, end);
    }
}
