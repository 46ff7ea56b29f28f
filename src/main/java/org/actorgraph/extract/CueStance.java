package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Stance;

/**
 * The stance the cue states itself: "call for" and "welcome" support, "reject" and "condemn" oppose; a negated cue
 * ("did not welcome") or a supporting cue with a negated content ("urged Israel not to launch") states the opposite.
 */
final class CueStance implements DetailRule {
    static final Rule NEGATED = Rule.named("stance.negated-cue", Phase.DETAILS,
            "a negated cue, or a supporting cue with a negated content, states the opposite stance");

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
        // "did not welcome", "urged Israel not to launch": the stance is turned round.
        if (cueNegated != contentNegated) {
            p.stance = p.stance == Stance.SUPPORT ? Stance.OPPOSE : Stance.SUPPORT;
            p.by(NEGATED, RuleUse.Part.STANCE);
        }
    }
}
