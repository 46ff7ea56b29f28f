package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Span;
import org.actorgraph.model.Stance;

import java.util.List;

/**
 * "“The two sides have agreed on the first phase. The details will be negotiated later,” the minister said": one
 * quotation with one cue is one statement, however many sentences it runs over. Its sentences without the cue join
 * the cue's position in the same paragraph, so a reader finds the whole quotation once, with the stance any of its
 * sentences shows and the topics of all of them. Sentences of opposite stances stay positions of their own, and so
 * does a quotation going on in the next paragraph.
 */
final class OneQuotation implements Rule {
    @Override public String name() { return "position.one-quotation"; }
    @Override public Phase phase() { return Phase.DETAILS; }
    @Override public String description() { return "the sentences of one quotation with one cue in one paragraph are one position"; }

    void apply(String text, Findings findings) {
        for (PositionDraft voiced : List.copyOf(findings.positions())) {
            if (voiced.voice == null || voiced.voice.rule() == QuotationVoices.CONTINUES) continue;
            PositionDraft cued = cuedIn(findings, voiced, text);
            // "We will keep up the strikes. We will not allow them to regroup": two attitudes stay two positions.
            if (cued == null || opposite(cued.stance, voiced.stance)) continue;
            join(cued, voiced);
            findings.remove(voiced);
        }
    }

    private static PositionDraft cuedIn(Findings findings, PositionDraft voiced, String text) {
        for (PositionDraft p : findings.positions()) {
            if (p.voice != null || p.speaker != voiced.speaker || !p.cueSpan.equals(voiced.cueSpan)) continue;
            int from = Math.min(p.evidence.end(), voiced.evidence.end());
            int to = Math.max(p.evidence.begin(), voiced.evidence.begin());
            if (from <= to && text.substring(from, to).indexOf('\n') >= 0) continue;
            return p;
        }
        return null;
    }

    private void join(PositionDraft cued, PositionDraft voiced) {
        cued.content = cover(cued.content, voiced.content);
        cued.evidence = cover(cued.evidence, voiced.evidence);
        if (cued.stance == Stance.NEUTRAL && voiced.stance != Stance.NEUTRAL) {
            cued.stance = voiced.stance;
            for (RuleUse u : voiced.trace()) if (u.part() == RuleUse.Part.STANCE) cued.by(u);
        }
        if (cued.topics.addAll(voiced.topics)) {
            for (RuleUse u : voiced.trace()) if (u.part() == RuleUse.Part.TOPICS) cued.by(u);
        }
        if (cued.targets.addAll(voiced.targets)) {
            for (RuleUse u : voiced.trace()) if (u.part() == RuleUse.Part.TARGET) cued.by(u);
        }
        cued.by(this, RuleUse.Part.CONTENT);
    }

    private static boolean opposite(Stance a, Stance b) {
        return a != Stance.NEUTRAL && b != Stance.NEUTRAL && a != b;
    }

    private static Span cover(Span a, Span b) {
        return new Span(Math.min(a.begin(), b.begin()), Math.max(a.end(), b.end()));
    }
}
