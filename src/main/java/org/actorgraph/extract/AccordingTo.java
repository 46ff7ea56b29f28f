package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

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
        int object = s.head(t);
        if (object < 0) return null;
        List<Integer> phrase = s.subtree(object, Set.of());
        int phraseFrom = Math.min(t, phrase.get(0));
        int phraseTo = phrase.get(phrase.size() - 1);
        int source = object;
        // "according to the state news agency Xinhua", "according to her spokeswoman, Anitta Hipper,": the name in
        // apposition is the source, whether the parser hangs it on the noun or not.
        for (int a : s.children(object, "appos")) if (view.mentionAt(s.index, a) != null && speakers.resolve(s, a) != null) source = a;
        if (source == object && phraseTo + 2 < s.size() && s.word(phraseTo + 1).equals(",")) {
            Mention named = view.mentionAt(s.index, phraseTo + 2);
            if (named != null && named.kind() == EntityKind.PERSON && named.end() < s.size() && s.word(named.end()).equals(",")
                    && speakers.resolve(s, named.end() - 1) != null) {
                source = named.end() - 1;
                phraseTo = named.end();
            }
        }
        if (speakers.resolve(s, source) == null) return null;
        int clause = s.head(object);
        if (clause < 0) return opening(s, t, source);
        // "Orban told Fico that ..., according to a Kremlin transcript.": a phrase closing the sentence is the source
        // of all of it, wherever the parser hangs it.
        if (phraseFrom > 0 && closesSentence(s, phraseTo)) {
            List<Integer> all = new ArrayList<>();
            for (int k = 0; k < phraseFrom; k++) all.add(k);
            List<Integer> content = CueContent.trim(s, all);
            return content.isEmpty() ? null : new CueMatch(this, s, t, t + 1, CueLexicon.verbOrNeutral("according to"), content, source);
        }
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int k : s.subtree(clause, Set.of(object))) if (k < phraseFrom) before.add(k); else if (k > phraseTo) after.add(k);
        // The side holding the verb the phrase hangs on is what X stated; "..., according to OPEC figures, with
        // Chevron's ventures accounting for a quarter" does not make the trailing phrase the statement.
        boolean afterHolds = clause > phraseTo || clause < phraseFrom && before.isEmpty();
        List<Integer> content = CueContent.trim(s, afterHolds ? withoutApposition(s, after) : before);
        if (content.isEmpty()) return null;
        return new CueMatch(this, s, t, t + 1, CueLexicon.verbOrNeutral("according to"), content, source);
    }

    private static final Set<String> TITLES = WordLists.words("titles.txt");

    /** Only punctuation follows the token. */
    static boolean closesSentence(Sentences s, int last) {
        for (int k = last + 1; k < s.size(); k++) if (!s.isPunct(k)) return false;
        return true;
    }

    /** The first token of an "according to" phrase that closes the sentence, or -1. */
    static int closingPhrase(Sentences s) {
        for (int k = 1; k + 1 < s.size(); k++) {
            if (!s.word(k).equalsIgnoreCase("according") || !s.lemma(k + 1).equals("to")) continue;
            int object = s.head(k);
            if (object < 0) return -1;
            List<Integer> phrase = s.subtree(object, Set.of());
            return closesSentence(s, phrase.get(phrase.size() - 1)) ? Math.min(k, phrase.get(0)) : -1;
        }
        return -1;
    }

    /**
     * "According to X, a spokesman for the ministry, the teams worked …": a title phrase before a comma, with no verb
     * in it, that opens what follows the phrase describes X and is not what X stated.
     */
    private static List<Integer> withoutApposition(Sentences s, List<Integer> after) {
        boolean title = false;
        for (int i = 0; i < after.size(); i++) {
            int k = after.get(i);
            if (s.word(k).equals(",") && i == 0) continue;
            if (s.word(k).equals(",")) return title && i + 1 < after.size() ? after.subList(i + 1, after.size()) : after;
            if (s.isVerb(k)) return after;
            title |= s.ner(k).equals("TITLE") || TITLES.contains(s.lemma(k).toLowerCase(java.util.Locale.ROOT));
        }
        return after;
    }

    /**
     * "According to X, a spokesman for Y, the teams worked through the night": the parser may make the name the root
     * of the sentence and hang the clause on the apposition. The clause is then the first one after the phrase with
     * a verb and its subject; what X states runs from that subject to the end.
     */
    private CueMatch opening(Sentences s, int t, int source) {
        if (t != 0) return null;
        for (int k = source + 1; k < s.size(); k++) {
            if (!s.isVerb(k)) continue;
            for (int subj : s.children(k, "nsubj")) {
                if (subj <= source) continue;
                int from = s.subtree(subj, Set.of()).get(0);
                List<Integer> content = new ArrayList<>();
                for (int i = from; i < s.size(); i++) content.add(i);
                content = CueContent.trim(s, content);
                return content.isEmpty() ? null : new CueMatch(this, s, t, t + 1, CueLexicon.verbOrNeutral("according to"), content, source);
            }
        }
        return null;
    }

    @Override
    public List<Speaker> speakers(Speakers speakers, CueMatch m) {
        Speaker sp = speakers.resolve(m.sentence, m.source);
        return sp == null ? List.of() : List.of(sp);
    }
}
