package org.actorgraph.extract;

import org.actorgraph.model.Span;

import java.util.List;

/**
 * A quotation is voiced by the speaker of the first cue whose content reaches into it; a quotation going on from
 * the paragraph before is the same speaker's, whoever it then reports.
 */
final class QuotationVoices implements Rule {
    static final Rule CONTINUES = Rule.named("voice.quotation-continues", Phase.VOICES,
            "a quotation going on from the paragraph before is the same speaker's");

    @Override public String name() { return "voice.quotation"; }
    @Override public Phase phase() { return Phase.VOICES; }
    @Override public String description() { return "a quotation is spoken by the speaker of the cue whose content reaches into it"; }

    void apply(ArticleView view, List<CueMatch> matches, Findings findings) {
        List<Quotations.Quote> all = view.quotations();
        Voice[] byQuote = new Voice[all.size()];
        for (CueMatch c : matches) {
            if (c.opensStatement()) continue;
            Span content = c.contentSpan();
            for (Speaker sp : c.speakers) {
                for (int i = 0; i < all.size(); i++) {
                    Span q = all.get(i).span();
                    if (byQuote[i] == null && q.begin() < content.end() && content.begin() < q.end()) {
                        byQuote[i] = new Voice(q.begin(), q.end(), sp, c.cue.lemma(), c.cueSpan(), this);
                        findings.fired(this, c.sentence, c.cueToken);
                    }
                }
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (i > 0 && all.get(i).continues() && byQuote[i - 1] != null) {
                Voice v = byQuote[i - 1];
                Span q = all.get(i).span();
                byQuote[i] = new Voice(q.begin(), q.end(), v.speaker(), v.cue(), v.cueSpan(), CONTINUES);
            }
            if (byQuote[i] != null) findings.addVoice(byQuote[i]);
        }
    }
}
