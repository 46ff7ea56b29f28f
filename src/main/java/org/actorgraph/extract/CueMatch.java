package org.actorgraph.extract;

import org.actorgraph.model.Span;

import java.util.List;

/**
 * A reporting cue found in a sentence, with what it reports: the tokens of the content, or, for a cue that ends its
 * sentence with a colon ("X said:"), none, since the statement follows. Its speakers are resolved after the cues
 * of the whole article are known, and again once quotations have their speakers.
 */
final class CueMatch {
    final CueRule rule;
    final Sentences sentence;
    final int cueToken;
    final int last;
    final CueLexicon.Cue cue;
    final List<Integer> content;
    /** The token the speaker phrase is headed at, where the rule knows it ("according to X"), else -1. */
    final int source;
    List<Speaker> speakers = List.of();
    /** "Rejected the offer, saying ...": the cue of the act this participle's statement accompanies, or null. */
    CueMatch act;

    CueMatch(CueRule rule, Sentences sentence, int cueToken, int last, CueLexicon.Cue cue, List<Integer> content, int source) {
        this.rule = rule;
        this.sentence = sentence;
        this.cueToken = cueToken;
        this.last = last;
        this.cue = cue;
        this.content = List.copyOf(content);
        this.source = source;
    }

    /** True when the cue ends its sentence with a colon and reports the statement after it. */
    boolean opensStatement() {
        return content.isEmpty();
    }

    int from() {
        return content.isEmpty() ? cueToken : content.get(0);
    }

    int to() {
        return content.isEmpty() ? last : content.get(content.size() - 1);
    }

    Span cueSpan() {
        return new Span(sentence.charBegin(cueToken), sentence.charEnd(last));
    }

    Span contentSpan() {
        return new Span(sentence.charBegin(from()), sentence.charEnd(to()));
    }

    /** This cue with its content ending before {@code token}: what follows is reported by another cue. */
    CueMatch cutBefore(int token) {
        List<Integer> kept = CueContent.trim(sentence, content.stream().filter(t -> t < token).toList());
        CueMatch cut = new CueMatch(rule, sentence, cueToken, last, cue, kept, source);
        cut.speakers = speakers;
        cut.act = act;
        return cut;
    }

    /** The cue of the sentence whose content this cue stands in, or null. */
    CueMatch hostIn(List<CueMatch> sameSentence) {
        for (CueMatch o : sameSentence) if (o != this && o.from() <= cueToken && cueToken <= o.to()) return o;
        return null;
    }
}
