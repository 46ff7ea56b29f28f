package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Stance;

/**
 * The stance the cue states itself: "call for" and "welcome" support, "reject" and "condemn" oppose. A negated cue
 * ("did not welcome"), or a supporting cue whose content is negated ("urged Israel not to launch") or is a refusal
 * ("vowed to reject any truce"), states the opposite.
 */
final class CueStance implements DetailRule {
    private static final java.util.Set<String> REFUSAL = WordLists.words("refusal-words.txt");
    static final Rule NEGATED = Rule.named("stance.negated-cue", Phase.DETAILS,
            "a negated cue, or a supporting cue with a negated content or a content of refusal, states the opposite stance");

    @Override public String name() { return "stance.cue-lemma"; }
    @Override public String description() { return "the stance the reporting verb states in reporting-verbs.tsv"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        if (p.cueEntry.stance() == Stance.NEUTRAL) return;
        p.stance = p.cueEntry.stance();
        p.by(this, RuleUse.Part.STANCE);
        Sentences s = p.sentence;
        int pred = ContentHeads.predicate(s, p.contentTokens);
        boolean cueNegated = p.cueToken >= 0 && s.negated(p.cueToken);
        // "insisted that Russia does not intend to abandon dialogue": refusing something bad keeps the support.
        boolean contentNegated = pred >= 0 && s.negated(pred) && p.stance == Stance.SUPPORT && !WordStance.negativeBelow(s, pred);
        // "vowed to reject any truce": the speaker's own refusal opposes what is refused; "urged Caracas to resist
        // pressure" supports another's refusing, and "refused to yield to blackmail" refuses something bad.
        boolean contentRefuses = pred >= 0 && !s.negated(pred) && p.stance == Stance.SUPPORT && REFUSAL.contains(s.lemma(pred))
                && p.cueToken >= 0 && s.relation(pred).equals("xcomp") && s.head(pred) == p.cueToken
                && s.children(p.cueToken, "obj").isEmpty() && s.children(p.cueToken, "obl").isEmpty() && !refusesBad(s, pred);
        // "did not welcome", "urged Israel not to launch": the stance is turned round.
        if (cueNegated != (contentNegated || contentRefuses)) {
            p.stance = p.stance == Stance.SUPPORT ? Stance.OPPOSE : Stance.SUPPORT;
            p.by(NEGATED, RuleUse.Part.STANCE);
        }
    }

    /** "to reject blackmail", "to resist aggression": what is refused is itself named in disapproving words. */
    private static boolean refusesBad(Sentences s, int pred) {
        for (int c : s.children(pred, null)) {
            String rel = s.relation(c);
            if (!rel.equals("obj") && !rel.startsWith("obl") && !rel.equals("xcomp")) continue;
            if (StanceClassifier.negative(s, c)) return true;
            for (int a : s.children(c, "amod")) if (StanceClassifier.negative(s, a)) return true;
        }
        return false;
    }
}
