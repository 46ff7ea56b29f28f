package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;

import java.time.LocalDate;

/**
 * A position is dated by the day said of its cue ("said on Tuesday", "announced Friday", "The GAO on June 18 called
 * for", where the date is parsed onto the subject), else by the article's date; a cue said "in October" has no day.
 */
final class CueDate implements DetailRule {
    static final Rule ARTICLE_DATE = Rule.named("date.article", Phase.DETAILS,
            "a position whose cue names no time is dated by its article");

    @Override public String name() { return "date.said-of-cue"; }
    @Override public String description() { return "the day a time expression on the cue or its subject names"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        LocalDate articleDate = view.article.date();
        Sentences s = p.sentence;
        int v = p.cueToken;
        Dates.When when = Dates.When.NONE;
        if (v >= 0) {
            when = Dates.of(s, v, articleDate, Dates.Tense.PAST);
            for (int subj : s.children(v, "nsubj")) if (!when.named()) when = Dates.of(s, subj, articleDate, Dates.Tense.PAST);
        }
        if (when.named()) {
            p.date = when.day();
            p.by(this, RuleUse.Part.DATE);
        } else {
            p.date = articleDate == null ? null : articleDate.toString();
            if (p.date != null) p.by(ARTICLE_DATE, RuleUse.Part.DATE);
        }
    }
}
