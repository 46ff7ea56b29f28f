package org.actorgraph.extract;

import org.actorgraph.model.ArticleExtraction;
import org.actorgraph.model.Span;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Why an extraction says what it says: the sentences of the article and, for each, every time a rule fired on it
 * with the dependency edges around the token it fired on, and the phases that found nothing there.
 */
public record Explanation(ArticleExtraction extraction, List<SentenceTrace> sentences) {
    /** One firing of a rule, with the parse around the token it read ("nsubj(said-3, Lavrov-2)"). */
    public record Step(String rule, Phase phase, Span span, List<String> edges) {}

    /** A sentence of the article and what the rules did with it. */
    public record SentenceTrace(int index, Span span, List<Step> steps, Set<Phase> silent) {}

    static Explanation of(ArticleExtraction x, ArticleView view, Findings findings) {
        List<SentenceTrace> out = new ArrayList<>();
        for (Sentences s : view.sentences) {
            List<Step> steps = new ArrayList<>();
            Set<Phase> silent = EnumSet.of(Phase.MENTIONS, Phase.VOICES, Phase.EVENTS);
            for (Firing f : findings.firings()) {
                if (f.sentence() != s.index) continue;
                steps.add(new Step(f.rule().name(), f.rule().phase(), f.span(), f.token() < 0 ? List.of() : edges(s, f.token())));
                silent.remove(f.rule().phase());
            }
            out.add(new SentenceTrace(s.index, s.span(), steps, silent));
        }
        return new Explanation(x, out);
    }

    /** The edge to the token's head and the edges to its dependents, as relation(head-n, dependent-n). */
    private static List<String> edges(Sentences s, int t) {
        List<String> out = new ArrayList<>();
        int head = s.head(t);
        if (head >= 0) out.add(edge(s, s.relation(t), head, t));
        for (int c : s.children(t, null)) if (!s.isPunct(c)) out.add(edge(s, s.relation(c), t, c));
        return out;
    }

    private static String edge(Sentences s, String rel, int head, int dep) {
        return rel + "(" + s.word(head) + "-" + (head + 1) + ", " + s.word(dep) + "-" + (dep + 1) + ")";
    }
}
