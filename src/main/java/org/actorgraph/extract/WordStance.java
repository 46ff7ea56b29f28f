package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Stance;

import java.util.HashSet;
import java.util.Set;

/**
 * For a cue that states no stance, the balance of approving and disapproving words in the content, each turned
 * round when negated (see {@link StanceClassifier}). Less sure than a cue's own stance, and held only when the
 * reported clause is the speaker's own: "al-Qaida remains committed to attacks", he said, is no support of his.
 */
final class WordStance implements DetailRule {
    /** A stance read from approving or disapproving words in the content is less sure than one the cue states. */
    private static final double STANCE_FROM_WORDS = 0.85;
    private static final Set<String> OWN_SIDE = WordLists.words("own-side-nouns.txt");
    private static final Set<String> WAVERING = WordLists.words("wavering-verbs.txt");
    private final StanceClassifier words = new StanceClassifier();

    @Override public String name() { return "stance.content-words"; }
    @Override public String description() { return "approving and disapproving words of the speaker's own clause, negation counted"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        if (!p.stanceOpenToContent()) return;
        Stance read = words.classify(p.sentence, p.contentTokens);
        if (read == Stance.NEUTRAL || !judgesItsSubject(p) && someoneElseHolds(view, speakers, p)) return;
        p.stance = read;
        p.confidence *= STANCE_FROM_WORDS;
        p.by(this, RuleUse.Part.STANCE);
    }

    /**
     * "China's influence over the canal was a threat", "the decision is a blow": a clause built on "to be" and an
     * evaluating word is the speaker's judgement of its subject, whoever the subject is. Readiness ("the rebels were
     * ready to") is not a judgement.
     */
    private static boolean judgesItsSubject(PositionDraft p) {
        Sentences s = p.sentence;
        int pred = ContentHeads.predicate(s, p.contentTokens);
        if (pred < 0) return false;
        if (!s.children(pred, "cop").isEmpty()) return !AGENT_ADJECTIVES.contains(s.lemma(pred));
        // "NATO was turning into an instrument of confrontation", "the plan has proved a failure": a verb of becoming
        // judges its subject as "to be" does, unless what it becomes is a will ("remained ready to talk").
        if (!BECOMING.contains(s.lemma(pred))) return false;
        for (int c : s.children(pred, null)) {
            String rel = s.relation(c);
            if ((rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("obl")) && !AGENT_ADJECTIVES.contains(s.lemma(c))) return true;
        }
        return false;
    }

    private static final Set<String> BECOMING = Set.of("become", "remain", "prove", "turn");

    /**
     * "His government", "the country", "our administration": the speaker's own side, referred to by a noun of
     * government ({@code own-side-nouns.txt}) that is definite or the speaker's.
     */
    static boolean ownSide(Sentences s, int subj) {
        if (!OWN_SIDE.contains(s.lemma(subj))) return false;
        for (int d : s.children(subj, "det")) if (s.lemma(d).equals("the")) return true;
        for (int d : s.children(subj, "nmod:poss")) if (s.isPronoun(d)) return true;
        return false;
    }

    /**
     * True when what a negated predicate refuses is itself bad: the predicate ("would not be a threat", "will not
     * be deterred") or the act it governs ("does not intend to abandon dialogue") is a disapproving word. Words
     * further down ("will not allow al-Qaida to grow its capacity to attack") belong to what is refused. A course that
     * "will not change" or "would not weaken" ({@code wavering-verbs.txt}) is held to.
     */
    static boolean negativeBelow(Sentences s, int pred) {
        if (StanceClassifier.negative(s, pred) || WAVERING.contains(s.lemma(pred))) return true;
        for (int c : s.children(pred, "xcomp")) if (StanceClassifier.negative(s, c) || FORSAKEN.contains(s.lemma(c))) return true;
        for (int c : s.children(pred, "advmod")) if (FORSAKEN.contains(s.lemma(c))) return true;
        return false;
    }

    /** "Will not leave Poland alone": leaving someone on their own is forsaking them. */
    private static final Set<String> FORSAKEN = Set.of("alone", "isolated", "behind");

    /**
     * "Ankara said it is ready to send teams", "the ministry said it would host the talks": a country or an
     * organisation speaks of itself as "it" when "it" acts or wills. "It is important to" is no one.
     */
    private static boolean itIsTheSpeaker(Sentences s, int it, PositionDraft p) {
        if (p.speaker.kind() == org.actorgraph.model.EntityKind.PERSON) return false;
        int pred = s.head(it);
        if (pred < 0) return false;
        if (s.children(pred, "cop").isEmpty()) return s.isVerb(pred) && s.children(pred, "xcomp").stream().noneMatch(c -> s.tag(c).startsWith("JJ") && !AGENT_ADJECTIVES.contains(s.lemma(c)));
        return AGENT_ADJECTIVES.contains(s.lemma(pred));
    }

    /** Adjectives only an agent can be: "it is ready to", "it was willing to". */
    private static final Set<String> AGENT_ADJECTIVES = WordLists.words("volition-words.txt");

    /**
     * "endangered shipping", "would give farmers a fresh start": the verb or what it does is itself good or bad. Words
     * further away in a long clause say too little about how the speaker judges its subject.
     */
    private static boolean judgedByItsVerb(Sentences s, int verb) {
        if (StanceClassifier.evaluative(s, verb)) return true;
        for (String rel : new String[] {"obj", "iobj", "xcomp"}) {
            for (int c : s.children(verb, rel)) {
                if (judged(s, c)) return true;
            }
        }
        return false;
    }

    /** A noun that is itself approving or disapproving, or has such an adjective: "reckless provocations". */
    private static boolean judged(Sentences s, int noun) {
        if (StanceClassifier.evaluative(s, noun)) return true;
        for (int a : s.children(noun, "amod")) if (StanceClassifier.evaluative(s, a)) return true;
        return false;
    }

    /** People, bodies and names hold views; things and acts do not. */
    private static boolean holdsViews(ArticleView view, Sentences s, int subj) {
        return s.tag(subj).startsWith("NNP") || Groups.heads(view, s, subj) || Speakers.titleNoun(s, subj)
                || Groups.heads(view, s, Groups.counted(s, subj));
    }

    /**
     * True when the reported clause has a subject that is neither the speaker, nor "I" or "we", nor the speaker's
     * country or organisation: a stance read from that clause's words is held by its subject.
     */
    static boolean someoneElseHolds(ArticleView view, Speakers speakers, PositionDraft p) {
        Sentences s = p.sentence;
        Set<Integer> inside = new HashSet<>(p.contentTokens);
        for (int t : p.contentTokens) {
            int h = s.head(t);
            if (h >= 0 && inside.contains(h)) continue;
            Boolean held = clauseHeldByAnother(view, speakers, p, t);
            if (held != null) return held;
        }
        return false;
    }

    /**
     * Whether the clause headed by {@code t} has a subject other than the speaker's side; null when it has no subject
     * that says.
     */
    static Boolean clauseHeldByAnother(ArticleView view, Speakers speakers, PositionDraft p, int t) {
        Sentences s = p.sentence;
        Set<Integer> inside = new HashSet<>(p.contentTokens);
        // "There will be no amnesty": what the clause says exists or not is not who holds the view.
        if (!s.children(t, "expl").isEmpty()) return false;
        // "lifting the sanctions would give Syria a fresh start": an act as the subject holds no view, it is judged.
        if (!s.children(t, "csubj").isEmpty()) return false;
        for (int subj : s.children(t, "nsubj")) {
            if (!inside.contains(subj)) continue;
            if (Speakers.firstPerson(s, subj) || OwnCommitment.speakerAsPronoun(s, subj, p) || ownSide(s, subj) || s.tag(subj).equals("VBG")) return false;
            if (OwnCommitment.bodyNamedBefore(view, speakers, s, subj, p)) return false;
            Mention m = view.mentionAt(s.index, subj);
            // "the attacks endangered shipping": a thing holds no view, it is what the speaker judges.
            // "no plan drawn up without its consent would be accepted": what is done to a thing is the speaker's call.
            if (m == null && !s.isPronoun(subj) && s.relation(subj).equals("nsubj:pass") && !holdsViews(view, s, subj)) return false;
            // "The reckless provocations only expose ...": a subject judged in its own words is the speaker's target.
            if (m == null && !s.isPronoun(subj) && !s.tag(subj).startsWith("NNP") && judged(s, subj)) return false;
            if (m == null) return s.isPronoun(subj) ? s.lemma(subj).equals("it") && !itIsTheSpeaker(s, subj, p)
                    : holdsViews(view, s, subj) || !judgedByItsVerb(s, t);
            // "France and Poland will stand together", said by Poland's prime minister: a joint subject that
            // takes in the speaker's side is the speaker's own undertaking.
            for (int each : s.withConjuncts(subj)) {
                if (each != subj && (Speakers.firstPerson(s, each) || OwnCommitment.speakerAsPronoun(s, each, p))) return false;
                Mention em = view.mentionAt(s.index, each);
                if (em != null && OwnCommitment.speakersSide(speakers.actors().actorOf(em), p)) return false;
            }
            return true;
        }
        return null;
    }
}
