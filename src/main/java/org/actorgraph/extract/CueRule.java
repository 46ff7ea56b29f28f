package org.actorgraph.extract;

/** A rule that finds a reporting cue at a token, and says who speaks through it. */
interface CueRule extends Rule {
    /** The cue at this token, or null. */
    CueMatch match(ArticleView view, Speakers speakers, Sentences s, int token);

    /** Who speaks, resolved with what is known of the article's voices now. */
    java.util.List<Speaker> speakers(Speakers speakers, CueMatch m);

    @Override
    default Phase phase() {
        return Phase.VOICES;
    }
}
