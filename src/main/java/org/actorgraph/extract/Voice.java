package org.actorgraph.extract;

import org.actorgraph.model.Span;

/**
 * Who speaks a stretch of the article: the text of a quotation, or the statement after "X said:". First-person
 * pronouns there ("I welcome", "we will not allow") are the speaker's.
 */
record Voice(int from, int to, Speaker speaker, String cue, Span cueSpan, Rule rule) {
    boolean covers(int at) {
        return from <= at && at < to;
    }
}
