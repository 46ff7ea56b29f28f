package org.actorgraph.extract;

import java.util.List;

/**
 * "The Council is encouraged by the decision", "I am appalled by this attack": a word of feeling from
 * {@code stance-adjectives.tsv} after "be" states its subject's stance towards what follows it.
 */
final class WordOfFeeling implements CueRule {
    @Override public String name() { return "voice.word-of-feeling"; }
    @Override public String description() { return "a word of feeling after \"be\" states its subject's stance towards what follows"; }

    @Override
    public CueMatch match(ArticleView view, Speakers speakers, Sentences s, int a) {
        CueLexicon.Cue cue = CueLexicon.feeling(s.word(a));
        if (cue == null || !(s.tag(a).startsWith("JJ") || s.tag(a).equals("VBN"))) return null;
        if (s.children(a, "cop").isEmpty() && s.children(a, "aux:pass").isEmpty()) return null;
        List<Integer> content = CueContent.of(s, a, a, true);
        if (content.isEmpty()) return null;
        return new CueMatch(this, s, a, a, cue, content, -1);
    }

    @Override
    public List<Speaker> speakers(Speakers speakers, CueMatch m) {
        return speakers.holders(m.sentence, m.cueToken);
    }
}
