package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A speaker announcing what its own side will do supports doing it: "France would play its part in the force",
 * "we will hold each side to what it signed", "Washington would keep the tariff in place". The clause's subject is
 * the speaker, "I" or "we" (or "he", "she" or "they" for the speakers themselves), a noun of the speaker's own
 * government, the speaker's country or organisation (a capital included), or "it" for a speaker that is not a
 * person; its verb carries "will", "would" or "shall", or offers the act with "can" or "could", and is not a verb
 * of being. Negated, the act is refused and opposed ("Panama would not renew the memorandum"), unless
 * what is refused is itself bad ("we will not be deterred"), or what is withheld is only information ("would not
 * disclose the names", {@code telling-verbs.txt}) or haste ("will not rush to"). A fact the speaker reports ("the talks were long") has
 * no such verb.
 */
final class OwnCommitment implements DetailRule {
    private static final Set<String> TELLING = WordLists.words("telling-verbs.txt");
    private static final Set<String> ARRANGING = WordLists.words("arranging-verbs.txt");
    static final Set<String> FUTURE = Set.of("will", "would", "shall", "wo", "'ll");
    /** "could reopen", "can send": an act the speaker's side offers. */
    static final Set<String> POSSIBLE = Set.of("can", "could");
    /** Verbs that state what is rather than what is done. */
    private static final Set<String> STATES = Set.of("be", "have", "seem", "appear", "become", "remain", "mean", "depend", "know", "believe", "think");
    /** Announcing an act is less sure a sign of stance than a cue or a word of will. */
    private static final double STANCE_FROM_COMMITMENT = 0.8;

    @Override public String name() { return "stance.own-commitment"; }
    @Override public String description() { return "the speaker's own side as the subject of a verb with will, would or shall"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        if (!p.stanceOpenToContent()) return;
        Sentences s = p.sentence;
        int first = ContentHeads.predicate(s, p.contentTokens);
        if (first < 0) return;
        // "It is the beginning, and we will hold each side to what it signed": a commitment in a later clause counts.
        List<Integer> clauses = new ArrayList<>();
        clauses.add(first);
        for (int c : s.children(first, "conj")) if (!s.children(c, "nsubj").isEmpty()) clauses.add(c);
        for (int pred : clauses) if (commits(view, speakers, p, s, pred)) return;
    }

    private boolean commits(ArticleView view, Speakers speakers, PositionDraft p, Sentences s, int pred) {
        if (!s.isVerb(pred) || STATES.contains(s.lemma(pred)) || !s.children(pred, "cop").isEmpty()) return false;
        // "would travel to Port Sudan next week", "will monitor the process": an arrangement announced takes no side.
        if (ARRANGING.contains(s.lemma(pred))) return false;
        boolean future = hasAux(s, pred, FUTURE);
        if (!future && !hasAux(s, pred, POSSIBLE)) return false;
        boolean negated = s.negated(pred);
        for (int a : s.children(pred, "aux")) negated |= s.negated(a);
        // "it could reopen the frontier" offers the act; "we could not reach a deal" reports a failure.
        if (negated && !future) return false;
        // "will not rush to restore ties", "would not hesitate to respond": the negation is of the manner, not the act.
        if (negated && (!s.children(pred, "xcomp").isEmpty() || TELLING.contains(s.lemma(pred)))) return false;
        boolean own = false;
        for (int subj : ContentHeads.subjects(s, p.contentTokens, pred)) own |= ownSide(view, speakers, s, subj, p);
        if (!own) return false;
        // "Panama would not renew the memorandum" refuses it; "we will not be deterred" refuses something bad.
        p.stance = !negated || WordStance.negativeBelow(s, pred) ? Stance.SUPPORT : Stance.OPPOSE;
        p.confidence *= STANCE_FROM_COMMITMENT;
        p.by(this, RuleUse.Part.STANCE);
        return true;
    }

    static boolean hasAux(Sentences s, int pred, Set<String> modals) {
        for (int a : s.children(pred, "aux")) if (modals.contains(s.lemma(a)) || modals.contains(s.word(a).toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    private static boolean ownSide(ArticleView view, Speakers speakers, Sentences s, int subj, PositionDraft p) {
        if (Speakers.firstPerson(s, subj) || speakerAsPronoun(s, subj, p) || WordStance.ownSide(s, subj) || bodyNamedBefore(view, speakers, s, subj, p)) return true;
        if (s.lemma(subj).equals("it")) return p.speaker.kind() != EntityKind.PERSON;
        Mention m = view.mentionAt(s.index, subj);
        if (m == null) return ownedBySpeaker(view, speakers, s, subj, p);
        return speakersSide(speakers.actors().actorOf(m), p);
    }

    /**
     * "He said he would host the meeting", "Aliyev and Pashinyan said they would nominate him": in the clause a
     * person reports, "he" or "she" of the speaker's gender is the speaker, and "they" is the speakers of a cue with
     * coordinated subjects.
     */
    static boolean speakerAsPronoun(Sentences s, int subj, PositionDraft p) {
        String lemma = s.word(subj).toLowerCase(java.util.Locale.ROOT);
        if (lemma.equals("they")) {
            if (p.cueToken < 0) return false;
            for (int c : s.children(p.cueToken, "nsubj")) if (!s.children(c, "conj").isEmpty()) return true;
            return false;
        }
        if (!lemma.equals("he") && !lemma.equals("she") || p.speaker.kind() != EntityKind.PERSON) return false;
        FirstNameGender.Gender g = FirstNameGender.of(p.speaker.label());
        return g == FirstNameGender.Gender.UNKNOWN || g == FirstNameGender.ofPronoun(lemma);
    }

    static boolean speakersSide(EntityNode e, PositionDraft p) {
        if (e == null) return false;
        if (e == p.speaker || e == p.speaker.country() || p.speaker.memberOf().contains(e)) return true;
        // "Prime Minister X said Pakistan was ready to talk": an office-holder whose country the article never names
        // speaks for the country he says will act.
        return p.speaker.kind() == EntityKind.PERSON && p.speaker.country() == null && !p.speaker.titles().isEmpty()
                && e.kind() == EntityKind.COUNTRY;
    }

    /** Nouns for a body ("the group", "the movement") or a country ("the island") named just before. */
    private static final Set<String> BODY_NOUNS = WordLists.words("body-nouns.txt");
    private static final Set<String> COUNTRY_NOUNS = WordLists.words("country-nouns.txt");

    /**
     * "Qassem said the group would not accept", "Lin said the island would not bow": "the" and a noun for a body or a
     * country stand for the last organisation (or, for a country noun such as "island", the last country) named in
     * the three sentences before, and that is the speaker's own side when the speaker is it or belongs to it.
     */
    static boolean bodyNamedBefore(ArticleView view, Speakers speakers, Sentences s, int subj, PositionDraft p) {
        EntityKind kind = COUNTRY_NOUNS.contains(s.lemma(subj)) ? EntityKind.COUNTRY
                : BODY_NOUNS.contains(s.lemma(subj)) ? EntityKind.ORGANIZATION : null;
        if (kind == null || s.children(subj, "det").stream().noneMatch(d -> s.lemma(d).equals("the"))) return false;
        for (int i = view.mentions.size() - 1; i >= 0; i--) {
            Mention m = view.mentions.get(i);
            if (!ArticleView.before(m, s.index, subj) || m.demonym()) continue;
            if (m.sentence() < s.index - 3) return false;
            if (m.kind() == kind) return speakersSide(speakers.actors().actorOf(m), p);
        }
        return false;
    }

    /** "the Swedish border checks", "Norway's troops", "our checks": a thing the speaker's side owns. */
    private static boolean ownedBySpeaker(ArticleView view, Speakers speakers, Sentences s, int subj, PositionDraft p) {
        for (String rel : new String[] {"amod", "nmod:poss"}) {
            for (int d : s.children(subj, rel)) {
                if (Speakers.firstPerson(s, d)) return true;
                Mention m = view.mentionAt(s.index, d);
                if (m != null && speakersSide(speakers.actors().actorOf(m), p)) return true;
            }
        }
        return false;
    }
}
