package org.actorgraph.extract;

/** A rule that reads one detail of a position found in the voices phase. */
interface DetailRule extends Rule {
    void apply(ArticleView view, Speakers speakers, PositionDraft p);

    @Override
    default Phase phase() {
        return Phase.DETAILS;
    }
}
