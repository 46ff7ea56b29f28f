package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Stance;

/**
 * "Rejected the offer, saying the talks were a trap", "welcomed the shift in tone, saying he had become a partner":
 * a statement made in the course of an act gives the reason for it, so when its own words show no attitude it takes
 * the stance of the act it accompanies.
 */
final class AccompaniedAct implements DetailRule {
    @Override public String name() { return "stance.accompanied-act"; }
    @Override public String description() { return "a reporting participle with no stance of its own takes the stance of the act it accompanies"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        if (p.stance != Stance.NEUTRAL || p.act == null || p.act.stance == Stance.NEUTRAL) return;
        p.stance = p.act.stance;
        p.by(this, RuleUse.Part.STANCE);
    }
}
