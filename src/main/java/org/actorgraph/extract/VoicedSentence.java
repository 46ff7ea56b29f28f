package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence wholly inside one voice (a quotation or a statement after "X said:") with no cue of its own is still a
 * position of that voice's speaker, a little less sure than one with a cue.
 */
final class VoicedSentence implements Rule {
    /** A sentence of a statement or quotation is the speaker's, but said without a cue of its own. */
    private static final double VOICED = 0.9;

    @Override public String name() { return "voice.voiced-sentence"; }
    @Override public Phase phase() { return Phase.VOICES; }
    @Override public String description() { return "a sentence wholly inside a quotation or statement is a position of its speaker"; }

    PositionDraft apply(Sentences s, Findings findings) {
        List<Integer> content = new ArrayList<>();
        Voice voice = null;
        for (int t = 0; t < s.size(); t++) {
            Voice v = findings.voiceAt(s.charBegin(t));
            if (v == null) {
                if (s.isPunct(t)) continue;
                return null;
            }
            if (voice != null && v != voice) return null;
            voice = v;
            content.add(t);
        }
        if (voice == null || voice.cueSpan().begin() >= s.span().begin() && voice.cueSpan().end() <= s.span().end()) return null;
        content = CueContent.trim(s, content);
        if (content.size() < 3) return null;
        String lemma = CueLexicon.verbOrNeutral(voice.cue()).lemma();
        Span span = new Span(s.charBegin(content.get(0)), s.charEnd(content.get(content.size() - 1)));
        PositionDraft p = new PositionDraft(voice.speaker().entity(), lemma, voice.cueSpan(), span, s,
                voice.speaker().confidence() * VOICED, new CueLexicon.Cue(lemma, org.actorgraph.model.Stance.NEUTRAL), -1, -1, content);
        p.voice = voice;
        p.by(this, RuleUse.Part.FOUND);
        p.by(voice.rule(), RuleUse.Part.SPEAKER);
        findings.fired(this, s, -1);
        return p;
    }
}
