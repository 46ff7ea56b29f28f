package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** "According to X, ..." and "..., according to X": X states the clause the phrase hangs on. */
final class AccordingTo implements CueRule {
    @Override public String name() { return "voice.according-to"; }
    @Override public String description() { return "\"according to X\" makes X the speaker of the clause it hangs on"; }

    @Override
    public CueMatch match(ArticleView view, Speakers speakers, Sentences s, int t) {
        if (!s.lemma(t).equals("accord") && !s.word(t).equalsIgnoreCase("according")) return null;
        if (t + 1 >= s.size() || !s.lemma(t + 1).equals("to")) return null;
        int source = s.head(t);
        int clause = source < 0 ? -1 : s.head(source);
        if (clause < 0) return null;
        if (speakers.resolve(s, source) == null) return null;
        List<Integer> phrase = s.subtree(source, Set.of());
        int phraseFrom = Math.min(t, phrase.get(0));
        int phraseTo = phrase.get(phrase.size() - 1);
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int k : s.subtree(clause, Set.of(source))) if (k < phraseFrom) before.add(k); else if (k > phraseTo) after.add(k);
        List<Integer> content = CueContent.trim(s, after.size() >= before.size() ? after : before);
        if (content.isEmpty()) return null;
        return new CueMatch(this, s, t, t + 1, CueLexicon.verbOrNeutral("according to"), content, source);
    }

    @Override
    public List<Speaker> speakers(Speakers speakers, CueMatch m) {
        Speaker sp = speakers.resolve(m.sentence, m.source);
        return sp == null ? List.of() : List.of(sp);
    }
}
