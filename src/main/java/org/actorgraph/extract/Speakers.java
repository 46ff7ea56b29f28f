package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who performs a verb: its subject, or what the subject refers to. Pronouns go to the last person named, never
 * further; "the foreign minister" goes to the person given that title; "statements from Lavrov" to Lavrov; a
 * capital acting goes to its country; coordinated subjects give several actors.
 */
final class Speakers {
    private static final Set<String> TITLE_HEADS = WordLists.words("titles.txt");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "remark", "comment", "word", "message", "spokesman",
            "spokeswoman", "spokesperson", "letter", "note", "declaration");

    private final ArticleContext ctx;

    Speakers(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** The actors that perform the verb at {@code verb}, or an empty list. */
    List<Entity> of(Sentences s, int verb) {
        int subject = subjectOf(s, verb, 0);
        if (subject < 0) return List.of();
        List<Entity> out = new ArrayList<>();
        addActors(s, subject, out);
        for (int c : s.children(subject, "conj")) addActors(s, c, out);
        return out;
    }

    private int subjectOf(Sentences s, int verb, int depth) {
        if (depth > 3 || verb < 0) return -1;
        int subj = s.child(verb, "nsubj");
        if (subj >= 0 && !s.relation(subj).equals("nsubj:pass")) return subj;
        if (subj >= 0) {
            // Passive reporting: "it was announced by X".
            for (int o : s.children(verb, "obl")) if (hasCase(s, o, "by")) return o;
            return -1;
        }
        String rel = s.relation(verb);
        if (rel.equals("conj") || rel.equals("xcomp")) return subjectOf(s, s.head(verb), depth + 1);
        if (rel.equals("acl") && s.tag(verb).equals("VBN")) {
            // A mis-attached main verb after a long apposition: "X, a member of Y, called on Z".
            int noun = s.head(verb);
            return s.relation(noun).equals("appos") ? s.head(noun) : noun;
        }
        return -1;
    }

    private static boolean hasCase(Sentences s, int token, String word) {
        for (int c : s.children(token, "case")) if (s.lemma(c).equals(word)) return true;
        return false;
    }

    private void addActors(Sentences s, int token, List<Entity> out) {
        Entity e = actorAt(s, token);
        if (e != null && !out.contains(e)) out.add(e);
    }

    /** The actor a noun phrase headed at {@code token} refers to, or null. */
    Entity actorAt(Sentences s, int token) {
        Mention m = ctx.mentionAt(s.index, token);
        if (m != null && !m.demonym()) return ctx.actorOf(m);
        String lemma = s.lemma(token);
        if (s.isPronoun(token)) return PERSONAL.contains(lemma) ? ctx.lastPersonBefore(s.index, token) : null;
        for (int a : s.children(token, "appos")) {
            Mention am = ctx.mentionAt(s.index, a);
            if (am != null && am.kind() == EntityKind.PERSON) return ctx.entityOf(am);
        }
        if (STATEMENT_NOUNS.contains(lemma)) {
            for (int n : s.children(token, "nmod")) {
                Mention nm = ctx.mentionAt(s.index, n);
                if (nm != null && !nm.demonym()) return ctx.actorOf(nm);
            }
            for (int n : s.children(token, "nmod:poss")) {
                Mention nm = ctx.mentionAt(s.index, n);
                if (nm != null && !nm.demonym()) return ctx.actorOf(nm);
            }
        }
        if (TITLE_HEADS.contains(lemma) && !s.children(token, "det").isEmpty() && s.lemma(s.child(token, "det")).equals("the")) {
            int from = token;
            for (int c : s.children(token, null)) if (c < from && !s.relation(c).equals("det")) from = c;
            return ctx.personTitled(s.text(from, token + 1), s.index);
        }
        return null;
    }
}
