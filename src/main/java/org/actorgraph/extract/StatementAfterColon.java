package org.actorgraph.extract;

import org.actorgraph.model.Span;

import java.util.List;

/**
 * "X said:" opens a statement: the quotation that follows right after the colon, or else the sentences after it,
 * up to a heading, a sentence that names another speaker, or {@value #STATEMENT_SENTENCES} sentences.
 */
final class StatementAfterColon implements Rule {
    /** How far the statement may run, in sentences, when nothing ends it before. */
    private static final int STATEMENT_SENTENCES = 8;

    @Override public String name() { return "voice.statement-after-colon"; }
    @Override public Phase phase() { return Phase.VOICES; }
    @Override public String description() { return "the sentences or quotation after \"X said:\" are X's"; }

    void apply(ArticleView view, List<List<CueMatch>> bySentence, Findings findings) {
        for (Sentences s : view.sentences) {
            for (CueMatch c : bySentence.get(s.index)) {
                if (!c.opensStatement() || c.speakers.size() != 1) continue;
                Speaker speaker = c.speakers.get(0);
                int next = s.index + 1;
                if (next >= view.sentences.size()) continue;
                findings.fired(this, s, c.cueToken);
                Sentences first = view.sentences.get(next);
                Span quote = quoteAt(view, first.charBegin(0));
                if (quote != null) {
                    findings.addVoice(new Voice(quote.begin(), quote.end(), speaker, c.cue.lemma(), c.cueSpan(), this));
                    continue;
                }
                for (int i = next; i < view.sentences.size() && i < next + STATEMENT_SENTENCES; i++) {
                    Sentences t = view.sentences.get(i);
                    if (heading(view, t)) break;
                    if (bySentence.get(i).stream().anyMatch(o -> !o.speakers.isEmpty())) break;
                    findings.addVoice(new Voice(t.charBegin(0), t.charEnd(t.size() - 1), speaker, c.cue.lemma(), c.cueSpan(), this));
                }
            }
        }
    }

    private static Span quoteAt(ArticleView view, int at) {
        for (Quotations.Quote q : view.quotations()) if (q.span().begin() <= at && at <= q.span().begin() + 1) return q.span();
        return null;
    }

    /** A line of its own without a full stop: "Further information", "Notes to editors". */
    private static boolean heading(ArticleView view, Sentences s) {
        int end = s.charEnd(s.size() - 1);
        char last = view.text.charAt(end - 1);
        if (".!?:\"\u201d'\u2019)".indexOf(last) >= 0) return false;
        int lineEnd = view.text.indexOf('\n', end);
        String rest = view.text.substring(end, lineEnd < 0 ? view.text.length() : lineEnd);
        return rest.isBlank();
    }
}
