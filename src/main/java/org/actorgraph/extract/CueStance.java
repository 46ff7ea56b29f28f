package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Stance;

/** The stance the cue states itself: "call for" and "welcome" support, "reject" and "condemn" oppose. */
final class CueStance implements DetailRule {
    @Override public String name() { return "stance.cue-lemma"; }
    @Override public String description() { return "the stance the reporting verb states in reporting-verbs.tsv"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        if (p.cueEntry.stance() == Stance.NEUTRAL) return;
        p.stance = p.cueEntry.stance();
        p.by(this, RuleUse.Part.STANCE);
    }
}
