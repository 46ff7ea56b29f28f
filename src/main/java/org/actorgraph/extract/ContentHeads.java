package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The predicates a position's content is built on: the content tokens whose head lies outside the content. */
final class ContentHeads {
    private ContentHeads() {}

    static List<Integer> of(Sentences s, List<Integer> content) {
        Set<Integer> inside = new HashSet<>(content);
        List<Integer> out = new ArrayList<>();
        for (int t : content) {
            int h = s.head(t);
            if ((h < 0 || !inside.contains(h)) && !s.isPunct(t)) out.add(t);
        }
        return out;
    }

    /** The first head that is a clause of its own (a verb or a predicate adjective), or -1. */
    static int predicate(Sentences s, List<Integer> content) {
        List<Integer> heads = of(s, content);
        for (int h : heads) {
            boolean clause = s.isVerb(h) || s.tag(h).startsWith("JJ") && !s.children(h, "cop").isEmpty()
                    || !s.children(h, "cop").isEmpty() || !s.children(h, "nsubj").isEmpty();
            if (!clause) continue;
            // "said Belgrade remained ready to talk but would not accept ...", with the second verb hung on the cue.
            for (int later : heads) {
                // "did not want to compete but was ready to offer": the second predicate may be an adjective with its copula.
                if (later > h && (s.isVerb(later) || !s.children(later, "cop").isEmpty()) && s.relation(later).equals("conj")
                        && s.children(later, "cc").stream().anyMatch(cc -> CONTRAST.contains(s.lemma(cc)))) return later;
            }
            return contrasted(s, h, content);
        }
        return -1;
    }

    /**
     * "We respect their wish, but Spain will not follow": of two clauses set against each other by "but" or "yet",
     * the second is the point the speaker makes, when it has a subject of its own.
     */
    static int contrasted(Sentences s, int pred, List<Integer> content) {
        for (int c : s.children(pred, "conj")) {
            // "it welcomed the deal but warned against ...": one subject doing two things makes no contrast of clauses.
            if (!content.contains(c) || s.children(c, "nsubj").isEmpty()) continue;
            for (int cc : s.children(c, "cc")) if (CONTRAST.contains(s.lemma(cc))) return c;
        }
        return pred;
    }

    private static final java.util.Set<String> CONTRAST = java.util.Set.of("but", "yet");

    /**
     * The subjects of the content's predicate. "said Portugal would send" is sometimes parsed with "Portugal" as the
     * object of "said" and the verb left without a subject; a noun heading the content before the predicate is then
     * its subject.
     */
    static List<Integer> subjects(Sentences s, List<Integer> content, int pred) {
        List<Integer> out = new ArrayList<>(s.children(pred, "nsubj"));
        if (!out.isEmpty()) return out;
        for (int h : of(s, content)) {
            if (h >= pred) break;
            if (s.tag(h).startsWith("NN") || s.tag(h).equals("PRP")) out.add(h);
        }
        return out;
    }
}
