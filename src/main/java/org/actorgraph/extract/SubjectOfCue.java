package org.actorgraph.extract;

import java.util.List;

/**
 * "Lavrov said that ...", "the ministry called on X to ...": a reporting verb from {@code reporting-verbs.tsv} (with
 * its particle, if the list has the pair) speaks for its subject; what it reports is its content. A verb that
 * ends its sentence with a colon opens the statement that follows.
 */
final class SubjectOfCue implements CueRule {
    private static final java.util.Set<String> CLAUSE_ONLY = WordLists.words("clause-cues.txt");
    private static final java.util.Set<String> PRO_FORMS = java.util.Set.of("so", "this", "that", "it", "them", "nothing");
    @Override public String name() { return "voice.subject-of-cue"; }
    @Override public String description() { return "a reporting verb speaks for its subject and reports its complement"; }

    @Override
    public CueMatch match(ArticleView view, Speakers speakers, Sentences s, int v) {
        if (!s.isVerb(v)) return null;
        int last = v;
        CueLexicon.Cue cue = null;
        if (v + 1 < s.size()) {
            cue = CueLexicon.verb(s.lemma(v) + " " + s.lemma(v + 1));
            if (cue != null) last = v + 1;
        }
        if (cue == null) cue = CueLexicon.verb(s.lemma(v));
        if (cue == null) return null;
        // "Trump called Putin": a verb of characterising without a small clause reports nothing.
        if (last == v && !CueLexicon.cueAt(s, v)) return null;
        String rel = s.relation(v);
        // "a deal said to be worth", but not ", the African Union said in a statement", closing the sentence.
        if (rel.equals("amod") || rel.equals("acl") && last == v && !CueContent.closingFrame(s, v)) return null;
        // "was quick to claim credit": these verbs report only with a clause.
        // As a frame set after its clause (", the agency reported."), the clause it frames is what it reports.
        boolean frame = rel.equals("parataxis") || CueContent.closingFrame(s, v);
        if (CLAUSE_ONLY.contains(s.lemma(v)) && s.children(v, "ccomp").isEmpty() && s.children(v, "xcomp").isEmpty() && !frame) return null;
        List<Integer> content = CueContent.of(s, v, last, false);
        // "we will say so", "he denied it": a word standing for something said elsewhere states nothing here.
        if (content.size() == 1 && PRO_FORMS.contains(s.lemma(content.get(0)).toLowerCase(java.util.Locale.ROOT))) return null;
        if (content.isEmpty()) {
            boolean colonEnds = last + 1 < s.size() && s.word(last + 1).equals(":") && (last + 2 == s.size());
            if (!colonEnds) return null;
        }
        return new CueMatch(this, s, v, last, cue, content, -1);
    }

    @Override
    public List<Speaker> speakers(Speakers speakers, CueMatch m) {
        return speakers.of(m.sentence, m.cueToken);
    }
}
