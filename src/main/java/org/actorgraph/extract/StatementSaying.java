package org.actorgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * "The ministry issued a statement saying ...", "Lavrov posted a message accusing ...": a reporting verb that
 * qualifies a statement noun ({@code statement-nouns.txt}) speaks for whoever issued the statement, the subject of
 * the verb the noun is the object of.
 */
final class StatementSaying implements CueRule {
    private static final Set<String> NOUNS = WordLists.words("statement-nouns.txt");

    @Override public String name() { return "voice.statement-saying"; }
    @Override public String description() { return "\"X issued a statement saying ...\": the reporting verb speaks for who issued the statement"; }

    @Override
    public CueMatch match(ArticleView view, Speakers speakers, Sentences s, int v) {
        if (!s.isVerb(v) || !s.relation(v).startsWith("acl")) return null;
        int noun = s.head(v);
        if (noun < 0 || !NOUNS.contains(s.lemma(noun)) || !s.relation(noun).equals("obj")) return null;
        CueLexicon.Cue cue = CueLexicon.verb(s.lemma(v));
        if (cue == null) return null;
        List<Integer> content = CueContent.of(s, v, v, false);
        if (content.isEmpty()) return null;
        return new CueMatch(this, s, v, v, cue, content, s.head(noun));
    }

    @Override
    public List<Speaker> speakers(Speakers speakers, CueMatch m) {
        return speakers.of(m.sentence, m.source);
    }
}
