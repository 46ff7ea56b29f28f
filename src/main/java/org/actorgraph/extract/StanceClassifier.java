package org.actorgraph.extract;

import org.actorgraph.model.Stance;

import java.util.List;
import java.util.Set;

/**
 * Stance read from words: the balance of approving and disapproving words in the content, each turned round when negated ("does not intend to
 * abandon dialogue" approves of dialogue).
 */
final class StanceClassifier {
    private static final Set<String> POSITIVE = WordLists.words("positive-words.txt");
    private static final Set<String> NEGATIVE = WordLists.words("negative-words.txt");
    private static final Set<String> AGAINST = WordLists.words("acting-against-words.txt");
    private static final Set<String> AVERTING = WordLists.words("averting-words.txt");
    private static final Set<String> WAVERING = WordLists.words("wavering-verbs.txt");

    Stance classify(Sentences s, List<Integer> content) {
        int score = 0;
        int point = ContentHeads.predicate(s, content);
        // "We respect their wish, but Spain will not follow": only the clause after "but" counts.
        boolean contrast = point >= 0 && s.relation(point).equals("conj") && content.contains(s.head(point));
        for (int t : content) {
            if (contrast && !within(s, t, point)) continue;
            if (aside(s, t, content)) continue;
            String w = s.word(t).toLowerCase(java.util.Locale.ROOT);
            String l = s.lemma(t);
            int polarity = POSITIVE.contains(w) || POSITIVE.contains(l) ? 1 : NEGATIVE.contains(w) || NEGATIVE.contains(l) ? -1 : 0;
            if (polarity == 0) continue;
            if (polarity < 0 && averted(s, t, content)) polarity = 1;
            if (negatedAbove(s, t, content)) polarity = -polarity;
            score += polarity;
        }
        return score > 0 ? Stance.SUPPORT : score < 0 ? Stance.OPPOSE : Stance.NEUTRAL;
    }

    private static boolean within(Sentences s, int token, int top) {
        for (int t = token, depth = 0; t >= 0 && depth < 30; t = s.head(t), depth++) if (t == top) return true;
        return false;
    }

    /**
     * "Panama would not renew the memorandum, a decision that was welcomed by Rubio as a great step": words in an
     * apposition or a relative clause on a noun of the content describe that thing, often in another's words, and
     * do not weigh in the speaker's stance.
     */
    private static boolean aside(Sentences s, int token, List<Integer> content) {
        for (int t = token, depth = 0; t >= 0 && depth < 30 && content.contains(t); t = s.head(t), depth++) {
            String rel = s.relation(t);
            if (rel.equals("appos") || rel.equals("acl:relcl")) return true;
        }
        return false;
    }

    /**
     * "to prevent a new escalation", "an end to the violence": what is disapproved of is what the act ends. "Defend its
     * borders against any threat": what is stood against is disapproved of too.
     */
    private static boolean averted(Sentences s, int t, List<Integer> content) {
        if (against(s, t, content)) return true;
        // "on stopping hostilities", with the gerund read as the noun's modifier.
        for (int a : s.children(t, "amod")) if (content.contains(a) && s.tag(a).equals("VBG") && AVERTING.contains(s.lemma(a))) return true;
        int h = s.head(t);
        if (h < 0 || !content.contains(h) || !AVERTING.contains(s.lemma(h))) return false;
        String rel = s.relation(t);
        return rel.equals("obj") || rel.startsWith("nmod") || rel.startsWith("obl") || rel.equals("nsubj:pass");
    }

    /** True for an approving or a disapproving word. */
    static boolean evaluative(Sentences s, int t) {
        String w = s.word(t).toLowerCase(java.util.Locale.ROOT);
        return POSITIVE.contains(w) || POSITIVE.contains(s.lemma(t)) || negative(s, t);
    }

    static boolean negative(Sentences s, int t) {
        return NEGATIVE.contains(s.word(t).toLowerCase(java.util.Locale.ROOT)) || NEGATIVE.contains(s.lemma(t));
    }

    /**
     * True when the target word is the object of an act against it within the content ("to defeat ISIL", "the
     * fight against ISIL"), two steps up at most, and that act is not negated; or when "against" introduces it.
     */
    boolean actedAgainst(Sentences s, int target, List<Integer> content) {
        if (against(s, target, content)) return true;
        int t = s.head(target);
        for (int depth = 0; depth < 2 && t >= 0 && content.contains(t); depth++) {
            if (AGAINST.contains(s.lemma(t)) || AGAINST.contains(s.word(t).toLowerCase(java.util.Locale.ROOT))) return !s.negated(t);
            if (!s.tag(t).startsWith("NN")) return false;
            // "against the terrorism of the vile organisation ISIL"
            if (against(s, t, content)) return true;
            t = s.head(t);
        }
        return false;
    }

    /** "Against" introduces the word inside the content; the particle of a cue ("argue against") does not count. */
    private static boolean against(Sentences s, int word, List<Integer> content) {
        for (int c : s.children(word, "case")) if (content.contains(c) && s.lemma(c).equals("against")) return true;
        return false;
    }

    /**
     * A negation on the word or on the verbs above it, within the content. "Our friendship will not change": a
     * course that does not waver ({@code wavering-verbs.txt}) is held to, so its negation turns nothing round.
     */
    private static boolean negatedAbove(Sentences s, int token, List<Integer> content) {
        int t = token;
        for (int depth = 0; depth < 4 && t >= 0 && content.contains(t); depth++) {
            if (s.negated(t)) return !WAVERING.contains(s.lemma(t));
            t = s.head(t);
        }
        return false;
    }
}
