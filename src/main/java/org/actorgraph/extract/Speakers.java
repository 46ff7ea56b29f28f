package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who performs a verb: its subject, or what the subject refers to. Pronouns go to the last person named, never
 * further; "the foreign minister" goes to the person given that title; "statements from Lavrov" to Lavrov; a
 * capital acting goes to its country; coordinated subjects give several actors. Each way of resolving carries its
 * own confidence: a name in subject position is surer than a pronoun.
 */
final class Speakers {
    static final double NAMED = 0.9;
    static final double APPOSED = 0.9;
    static final double STATEMENT_OF = 0.8;
    static final double METONYM = 0.8;
    static final double TITLE = 0.75;
    static final double PRONOUN = 0.7;
    static final double MISATTACHED = 0.6;

    private static final Set<String> TITLE_HEADS = WordLists.words("titles.txt");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "remark", "comment", "word", "message", "spokesman",
            "spokeswoman", "spokesperson", "letter", "note", "declaration");

    private final ArticleContext ctx;

    Speakers(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** The actors that perform the verb at {@code verb}, or an empty list. */
    List<Speaker> of(Sentences s, int verb) {
        double[] penalty = {1.0};
        int subject = subjectOf(s, verb, 0, penalty);
        if (subject < 0) return List.of();
        List<Speaker> out = new ArrayList<>();
        add(s, subject, penalty[0], out);
        for (int c : s.children(subject, "conj")) add(s, c, penalty[0], out);
        return out;
    }

    private int subjectOf(Sentences s, int verb, int depth, double[] penalty) {
        if (depth > 3 || verb < 0) return -1;
        int subj = s.child(verb, "nsubj");
        if (subj >= 0 && !s.relation(subj).equals("nsubj:pass")) return subj;
        if (subj >= 0) {
            // Passive reporting: "it was announced by X".
            for (int o : s.children(verb, "obl")) if (hasCase(s, o, "by")) return o;
            return -1;
        }
        String rel = s.relation(verb);
        if (rel.equals("conj") || rel.equals("xcomp")) return subjectOf(s, s.head(verb), depth + 1, penalty);
        if (rel.equals("acl") && s.tag(verb).equals("VBN")) {
            // A mis-attached main verb after a long apposition: "X, a member of Y, called on Z".
            penalty[0] = MISATTACHED / NAMED;
            int noun = s.head(verb);
            return s.relation(noun).equals("appos") ? s.head(noun) : noun;
        }
        return -1;
    }

    private static boolean hasCase(Sentences s, int token, String word) {
        for (int c : s.children(token, "case")) if (s.lemma(c).equals(word)) return true;
        return false;
    }

    private void add(Sentences s, int token, double penalty, List<Speaker> out) {
        Speaker sp = resolve(s, token);
        if (sp == null) return;
        for (Speaker o : out) if (o.entity() == sp.entity()) return;
        out.add(new Speaker(sp.entity(), sp.confidence() * penalty));
    }

    /** The actor a noun phrase headed at {@code token} refers to, or null. */
    Entity actorAt(Sentences s, int token) {
        Speaker sp = resolve(s, token);
        return sp == null ? null : sp.entity();
    }

    Speaker resolve(Sentences s, int token) {
        Mention m = ctx.mentionAt(s.index, token);
        if (m != null && !m.demonym()) {
            Entity a = ctx.actorOf(m);
            if (a == null) return null;
            return new Speaker(a, m.kind() == EntityKind.PLACE ? METONYM : NAMED);
        }
        String lemma = s.lemma(token);
        if (s.isPronoun(token)) {
            Entity p = PERSONAL.contains(lemma) ? ctx.lastPersonBefore(s.index, token) : null;
            return p == null ? null : new Speaker(p, PRONOUN);
        }
        for (int a : s.children(token, "appos")) {
            Mention am = ctx.mentionAt(s.index, a);
            if (am != null && am.kind() == EntityKind.PERSON) return new Speaker(ctx.entityOf(am), APPOSED);
        }
        if (STATEMENT_NOUNS.contains(lemma)) {
            List<Integer> owners = new ArrayList<>(s.children(token, "nmod"));
            owners.addAll(s.children(token, "nmod:poss"));
            for (int n : owners) {
                Mention nm = ctx.mentionAt(s.index, n);
                if (nm == null || nm.demonym()) continue;
                Entity a = ctx.actorOf(nm);
                if (a != null) return new Speaker(a, STATEMENT_OF);
            }
        }
        if (TITLE_HEADS.contains(lemma) && !s.children(token, "det").isEmpty() && s.lemma(s.child(token, "det")).equals("the")) {
            int from = token;
            for (int c : s.children(token, null)) if (c < from && !s.relation(c).equals("det")) from = c;
            Entity p = ctx.personTitled(s.text(from, token + 1), s.index);
            return p == null ? null : new Speaker(p, TITLE);
        }
        return null;
    }
}
