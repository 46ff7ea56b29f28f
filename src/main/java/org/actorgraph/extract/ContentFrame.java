package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Stance;

import java.util.List;
import java.util.Set;

/**
 * The stance the frame of the reported clause states, for a cue that states none: readiness and will
 * ({@code volition-words.txt}: "is ready to", "wants", "must", "should") support what the clause proposes, and
 * refuse it when negated; refusal ({@code refusal-words.txt}: "rejects", "refuses") and a negated modal on a verb of
 * conceding ({@code conceding-verbs.txt}: "would not accept", "will not allow", "cannot tolerate") oppose it; "there will be no amnesty" opposes what it denies. Held only when
 * the clause is the speaker's own, as for {@link WordStance}; an act denied its grounds ("had no right to", "no excuse
 * to") is opposed whoever was to act, and one granted them ("has the right to", "a duty to") supported. A record
 * judged short ("has not done enough to", "did little to") and a means denied its effect ("sanctions will not work")
 * are criticised, whoever they belong to.
 */
final class ContentFrame implements DetailRule {
    private static final Set<String> VOLITION = WordLists.words("volition-words.txt");
    private static final Set<String> REFUSAL = WordLists.words("refusal-words.txt");
    private static final Set<String> CONCEDING = WordLists.words("conceding-verbs.txt");
    private static final Set<String> OBLIGING = Set.of("must", "should", "ought");
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "shall", "should", "must", "may", "might", "wo", "ca");
    /** A stance read from the clause's frame is as sure as one read from its words. */
    private static final double STANCE_FROM_FRAME = 0.85;

    @Override public String name() { return "stance.content-frame"; }
    @Override public String description() { return "readiness, will, refusal or a negated modal in the reported clause the speaker holds"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        if (!p.stanceOpenToContent()) return;
        Sentences s = p.sentence;
        int pred = ContentHeads.predicate(s, p.contentTokens);
        if (pred < 0) {
            if (needNamed(s, p.contentTokens)) hold(p, Stance.SUPPORT);
            return;
        }
        int said = pred;
        pred = toldInIt(s, pred);
        Stance traded = tradeFrame(s, pred);
        if (traded == Stance.NEUTRAL) traded = timely(s, pred);
        if (traded == Stance.NEUTRAL && needStated(view, s, pred)) traded = Stance.SUPPORT;
        if (traded == Stance.NEUTRAL && lineCrossed(s, pred)) traded = Stance.OPPOSE;
        if (traded == Stance.NEUTRAL && excessive(s, pred)) traded = Stance.OPPOSE;
        if (traded == Stance.NEUTRAL && deniedWarrant(s, pred)) traded = Stance.OPPOSE;
        if (traded == Stance.NEUTRAL && affirmedWarrant(s, pred)) traded = Stance.SUPPORT;
        if (traded == Stance.NEUTRAL && (shortfall(s, pred) || ineffective(view, s, pred))) traded = Stance.OPPOSE;
        Stance read = traded != Stance.NEUTRAL ? traded : frame(s, pred);
        // "Iran must account for its stockpile": an obligation laid on someone else is the speaker's demand; "our
        // border is not up for discussion" judges a thing, whoever holds it.
        if (read == Stance.NEUTRAL || traded == Stance.NEUTRAL && !obligation(s, pred) && heldByAnother(view, speakers, p, said, pred)) return;
        hold(p, read);
    }

    /** Whose clause it is: for a thing that tells something, the subject of what it tells. */
    private static boolean heldByAnother(ArticleView view, Speakers speakers, PositionDraft p, int said, int pred) {
        if (said == pred) return WordStance.someoneElseHolds(view, speakers, p);
        return Boolean.TRUE.equals(WordStance.clauseHeldByAnother(view, speakers, p, pred));
    }

    private void hold(PositionDraft p, Stance read) {
        p.stance = read;
        p.confidence *= STANCE_FROM_FRAME;
        p.by(this, RuleUse.Part.STANCE);
    }

    /**
     * "Stressed the need for an immediate ceasefire", "underlined the importance of dialogue": a content that is only
     * a noun of necessity ({@code necessity-nouns.txt}) supports what it says is needed.
     */
    static boolean needNamed(Sentences s, List<Integer> content) {
        for (int h : ContentHeads.of(s, content)) {
            if (!s.tag(h).startsWith("NN") || !NECESSITY.contains(s.lemma(h)) || s.negated(h) || withNo(s, h)) continue;
            for (int c : s.children(h, null)) {
                if (s.relation(c).startsWith("nmod") && (s.hasCase(c, "for") || s.hasCase(c, "of"))) return true;
                if (s.relation(c).equals("acl") && s.markedTo(c)) return true;
            }
        }
        return false;
    }

    private static final Set<String> NECESSITY = WordLists.words("necessity-nouns.txt");

    /**
     * "This treaty tells everyone that we stand together", "the vote shows that the people want change": a thing that
     * tells or shows something ({@code message-verbs.txt}) carries the speaker's point in what it says.
     */
    static int toldInIt(Sentences s, int pred) {
        // "the session had to prove that ...": a showing that is demanded is itself the point.
        if (!s.isVerb(pred) || !MESSAGE.contains(s.lemma(pred)) || s.negated(pred) || volition(s, pred)) return pred;
        // "Moscow shows that ...", "he showed that ...": an actor showing something is an act of its own.
        for (int subj : s.children(pred, "nsubj")) if (s.tag(subj).startsWith("NNP") || s.isPronoun(subj) && !THING_PRONOUNS.contains(s.lemma(subj))) return pred;
        int told = s.child(pred, "ccomp");
        return told >= 0 ? told : pred;
    }

    private static final Set<String> MESSAGE = WordLists.words("message-verbs.txt");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "this");

    /**
     * "It is time for Russia to give up its bases", "now is the time for dialogue": an act whose time has come is
     * called for; "this is not the time to lift sanctions" puts it off.
     */
    static Stance timely(Sentences s, int pred) {
        if (!s.lemma(pred).equals("time") || !s.tag(pred).startsWith("NN") || s.children(pred, "cop").isEmpty()) return Stance.NEUTRAL;
        for (int c : s.children(pred, null)) {
            String rel = s.relation(c);
            boolean act = rel.startsWith("acl") && s.markedTo(c) || rel.startsWith("nmod") && s.hasCase(c, "for");
            if (act) return s.negated(pred) ? Stance.OPPOSE : Stance.SUPPORT;
        }
        return Stance.NEUTRAL;
    }

    /**
     * "African problems need African solutions", "what Gaza needs is an open road", "what we lack is the courage to
     * decide": a stated need supports what is needed. Not what a person is said to need ("he needs a victory"), which
     * reads his motives rather than the speaker's wish.
     */
    static boolean needStated(ArticleView view, Sentences s, int pred) {
        if (s.isVerb(pred) && NEED_VERBS.contains(s.lemma(pred)) && !s.negated(pred) && !auxNegated(s, pred) && !noOneActs(s, pred)) {
            if (s.children(pred, "obj").isEmpty()) return false;
            for (int subj : s.children(pred, "nsubj")) {
                if (s.isPronoun(subj) && !Speakers.firstPerson(s, subj)) return false;
                Mention m = view.mentionAt(s.index, subj);
                if (m != null && m.kind() == EntityKind.PERSON) return false;
            }
            return true;
        }
        // The pseudo-cleft: "what X needs is Y", the need as the subject clause of Y.
        if (s.children(pred, "cop").isEmpty() || s.negated(pred)) return false;
        for (int c : s.children(pred, "csubj")) {
            if (!LACKING.contains(s.lemma(c))) continue;
            for (int o : s.children(c, "obj")) if (s.lemma(o).equalsIgnoreCase("what")) return true;
        }
        return false;
    }

    private static final Set<String> NEED_VERBS = Set.of("need", "require");
    private static final Set<String> LACKING = Set.of("need", "require", "lack", "want");

    /**
     * "Any Turkish base there would cross a red line", "the meddling crosses a line": what crosses a line is opposed,
     * whoever does it.
     */
    static boolean lineCrossed(Sentences s, int pred) {
        if (!s.lemma(pred).equals("cross") || s.negated(pred) || auxNegated(s, pred)) return false;
        for (int o : s.children(pred, "obj")) if (s.lemma(o).equals("line")) return true;
        return false;
    }

    /**
     * "The gap is still far too wide", "the response was too slow": a predicate judged excessive is criticised,
     * whatever it is said of. "Too early to say" and "too important to ignore" weigh something else.
     */
    static boolean excessive(Sentences s, int pred) {
        if (s.children(pred, "cop").isEmpty() || !(s.tag(pred).startsWith("JJ") || s.tag(pred).startsWith("RB"))) return false;
        for (int c : s.children(pred, null)) if ((s.relation(c).equals("xcomp") || s.relation(c).equals("ccomp") || s.relation(c).equals("advcl")) && s.markedTo(c)) return false;
        for (int a : s.children(pred, "advmod")) if (s.lemma(a).equalsIgnoreCase("too")) return true;
        return false;
    }

    /**
     * "Our sovereignty is not up for discussion", "independence is non-negotiable": what is not to be bargained over
     * is what the speaker holds to ({@code negotiable-words.txt}). "The island is not for sale" refuses a purchase
     * ({@code for-sale-words.txt}), and "a merger is not on the table" takes its subject off the agenda.
     */
    static Stance tradeFrame(Sentences s, int pred) {
        if (s.children(pred, "cop").isEmpty()) return Stance.NEUTRAL;
        String lemma = s.lemma(pred).toLowerCase(java.util.Locale.ROOT);
        boolean negated = s.negated(pred);
        if (lemma.startsWith("non-") && NEGOTIABLE.contains(lemma.substring(4))) return Stance.SUPPORT;
        if (!negated) return Stance.NEUTRAL;
        if (s.tag(pred).startsWith("JJ") && NEGOTIABLE.contains(lemma)) return Stance.SUPPORT;
        if (s.tag(pred).startsWith("NN") && s.hasCase(pred, "for") && NEGOTIABLE.contains(lemma)) return Stance.SUPPORT;
        if (s.tag(pred).startsWith("NN") && s.hasCase(pred, "for") && FOR_SALE.contains(lemma)) return Stance.OPPOSE;
        if (lemma.equals("table") && s.hasCase(pred, "on")) return Stance.OPPOSE;
        return Stance.NEUTRAL;
    }

    /**
     * "Israel had no excuse to keep its troops there", "no outside country has the right to interfere", "there is no
     * reason for the bloc to change course": denying an act its grounds ({@code warrant-nouns.txt}) opposes the act,
     * whoever was to do it.
     */
    static boolean deniedWarrant(Sentences s, int pred) {
        // "had no excuse to", "saw no reason to": the act is denied its grounds.
        if (s.lemma(pred).equals("have") || s.lemma(pred).equals("see")) {
            boolean noOne = noOneActs(s, pred) || s.negated(pred);
            // Read along the words: with "no" as an interjection, the parser may not make the noun the object.
            for (int k = pred + 1; k < s.size() && k <= pred + 3; k++) {
                if (WARRANT.contains(s.lemma(k)) && s.tag(k).startsWith("NN")) return noOne || withNo(s, k);
                if (!s.tag(k).equals("DT") && !s.tag(k).startsWith("JJ") && !s.tag(k).equals("UH")) return false;
            }
            return false;
        }
        // "there was no reason for BRICS to change course", "violence has no place": the noun as the predicate.
        if (WARRANT.contains(s.lemma(pred)) && s.tag(pred).startsWith("NN")) {
            return withNo(s, pred);
        }
        for (int subj : s.children(pred, "nsubj")) {
            if (!s.children(pred, "expl").isEmpty() && WARRANT.contains(s.lemma(subj)) && withNo(s, subj)) return true;
        }
        return false;
    }

    /**
     * "Every nation has the right to defend its borders", "we have a duty to protect civilians": granting an act its
     * grounds supports the act, whoever is to do it.
     */
    static boolean affirmedWarrant(Sentences s, int pred) {
        if (!s.lemma(pred).equals("have") || s.negated(pred) || noOneActs(s, pred)) return false;
        for (int o : s.children(pred, "obj")) {
            if (!WARRANT.contains(s.lemma(o)) || withNo(s, o)) continue;
            // The act granted: "the right to defend", parsed as a clause on the noun or on "have".
            for (int c : s.children(o, "acl")) if (s.markedTo(c)) return true;
            for (int c : s.children(pred, null)) if (c > o && (s.relation(c).equals("xcomp") || s.relation(c).equals("ccomp")) && s.markedTo(c)) return true;
        }
        return false;
    }

    /**
     * "The agency had not done enough to stop the smuggling", "the council has done little to end the famine": a
     * record judged short of what was needed is criticised, whoever it belongs to.
     */
    static boolean shortfall(Sentences s, int pred) {
        if (!s.lemma(pred).equals("do")) return false;
        boolean negated = s.negated(pred) || auxNegated(s, pred);
        for (String rel : new String[] {"obj", "advmod"}) {
            for (int o : s.children(pred, rel)) {
                String w = s.lemma(o).toLowerCase(java.util.Locale.ROOT);
                if (negated && w.equals("enough")) return true;
                if (!negated && SHORT.contains(w)) return true;
            }
        }
        return false;
    }

    private static final Set<String> SHORT = Set.of("little", "nothing", "less");

    /**
     * "Sanctions would never solve the crisis", "pressure will not work": a means denied its effect
     * ({@code effect-verbs.txt}) is opposed. The means is a thing, not an actor: "Russia will not help" refuses help.
     */
    static boolean ineffective(ArticleView view, Sentences s, int pred) {
        if (!EFFECT.contains(s.lemma(pred)) || !(s.negated(pred) || auxNegated(s, pred))) return false;
        int subj = s.child(pred, "nsubj");
        return subj >= 0 && !s.isPronoun(subj) && view.mentionAt(s.index, subj) == null && !s.tag(subj).startsWith("NNP");
    }

    private static final Set<String> EFFECT = WordLists.words("effect-verbs.txt");

    /** "no right": the tagger may read "no" as an interjection, so any dependent "no" right before the noun counts. */
    private static boolean withNo(Sentences s, int noun) {
        for (int d = noun - 1; d >= 0 && d >= noun - 3; d--) {
            if (s.lemma(d).equalsIgnoreCase("no")) return true;
            if (!s.tag(d).startsWith("JJ") && !s.tag(d).equals("DT")) return false;
        }
        return false;
    }

    private static final Set<String> WARRANT = WordLists.words("warrant-nouns.txt");
    private static final Set<String> NEGOTIABLE = WordLists.words("negotiable-words.txt");
    private static final Set<String> FOR_SALE = WordLists.words("for-sale-words.txt");

    static Stance frame(Sentences s, int pred) {
        boolean negated = s.negated(pred) || auxNegated(s, pred) || noOneActs(s, pred);
        // "Any cooperation that violates the resolutions must stop": what has to end is opposed.
        if (!negated && obligation(s, pred) && endsItself(s, pred)) return Stance.OPPOSE;
        // "The Houthis must answer for this": who has to answer for something is blamed for it.
        if (!negated && obligation(s, pred) && answerable(s, pred)) return Stance.OPPOSE;
        // "Nobody should threaten partners", "Israel must not attack": an act forbidden that is bad in itself is opposed;
        // "should not abandon the talks" forbids giving up something good.
        if (negated && obligation(s, pred) && StanceClassifier.negative(s, pred) && !CONCEDING.contains(s.lemma(pred)) && !goodObject(s, pred)) return Stance.OPPOSE;
        // "does not intend to abandon dialogue": refusing something bad is no refusal of what is proposed.
        if (volition(s, pred)) return !negated ? Stance.SUPPORT : WordStance.negativeBelow(s, pred) ? Stance.SUPPORT : Stance.OPPOSE;
        if (REFUSAL.contains(s.lemma(pred))) return negated ? Stance.NEUTRAL : Stance.OPPOSE;
        if (jointAction(s, pred)) return negated ? Stance.OPPOSE : Stance.SUPPORT;
        // "would not be a threat to anyone": refusing something bad is no refusal of what is proposed.
        if (negated && modal(s, pred) && CONCEDING.contains(s.lemma(pred))) return WordStance.negativeBelow(s, pred) ? Stance.SUPPORT : Stance.OPPOSE;
        if (deniedExistence(s, pred)) return Stance.OPPOSE;
        return Stance.NEUTRAL;
    }

    private static boolean goodObject(Sentences s, int verb) {
        for (int o : s.children(verb, "obj")) if (StanceClassifier.evaluative(s, o) && !StanceClassifier.negative(s, o)) return true;
        return false;
    }

    /** "is ready to", "wants to", "stood ready to", "must", "should", "needs to", "has to": will or obligation. */
    static boolean volition(Sentences s, int pred) {
        if (VOLITION.contains(s.lemma(pred)) || VOLITION.contains(s.word(pred).toLowerCase(java.util.Locale.ROOT))) return true;
        for (int a : s.children(pred, "aux")) if (VOLITION.contains(s.lemma(a))) return true;
        // "stood ready to help", "remains willing to talk": the will is the adjective the verb governs.
        for (int c : s.children(pred, "xcomp")) if (s.tag(c).startsWith("JJ") && VOLITION.contains(s.lemma(c))) return true;
        return obligation(s, pred);
    }

    /**
     * "Iran and Saudi Arabia were working together", "Panama would keep cooperating with Washington", "will stand
     * shoulder to shoulder": acting jointly ({@code joint-action-words.txt}) supports the partnership; "will not work
     * with the junta" refuses it. "Keep" and "continue" pass on to the act they govern.
     */
    static boolean jointAction(Sentences s, int pred) {
        if (CONTINUING.contains(s.lemma(pred))) {
            // "would keep working with China", the gerund sometimes left as a bare dependent.
            for (int c : s.children(pred, null)) if ((s.relation(c).equals("xcomp") || s.relation(c).equals("dep")) && jointAction(s, c)) return true;
            return false;
        }
        if (!s.isVerb(pred)) return false;
        if (JOINT.contains(s.lemma(pred))) return true;
        for (int c : s.children(pred, null)) {
            String rel = s.relation(c);
            if ((rel.equals("advmod") || rel.startsWith("obl") || rel.equals("obj")) && JOINT.contains(s.lemma(c).toLowerCase(java.util.Locale.ROOT))) return true;
            // "work with", "work alongside": a verb of working whose partner is named.
            if (rel.startsWith("obl") && WORKING.contains(s.lemma(pred)) && (s.hasCase(c, "with") || s.hasCase(c, "alongside"))) return true;
        }
        return false;
    }

    private static final Set<String> JOINT = WordLists.words("joint-action-words.txt");
    private static final Set<String> WORKING = Set.of("work");
    private static final Set<String> CONTINUING = Set.of("keep", "continue");

    /** "The attacks must stop", "the blockade has to end": a verb of ending with no object, said of something not itself bad. */
    private static boolean endsItself(Sentences s, int pred) {
        if (!ENDING.contains(s.lemma(pred)) || !s.children(pred, "obj").isEmpty() || !s.children(pred, "aux:pass").isEmpty()) return false;
        // "The threat had to end": ending something bad is what the speaker wants.
        for (int subj : s.children(pred, "nsubj")) return !StanceClassifier.negative(s, subj);
        return false;
    }

    private static final Set<String> ENDING = Set.of("stop", "end", "halt", "cease");

    /** "must answer for this", "should account for the missing funds": being made to account for an act. */
    private static boolean answerable(Sentences s, int pred) {
        if (!ANSWERING.contains(s.lemma(pred))) return false;
        for (int c : s.children(pred, null)) if (s.relation(c).startsWith("obl") && s.hasCase(c, "for")) return true;
        return false;
    }

    private static final Set<String> ANSWERING = Set.of("answer", "account");

    /** "must", "should", "ought to", "needs to", "has to": what the clause says has to be done. */
    static boolean obligation(Sentences s, int pred) {
        for (int a : s.children(pred, "aux")) if (OBLIGING.contains(s.lemma(a)) || OBLIGING.contains(s.word(a).toLowerCase(java.util.Locale.ROOT))) return true;
        // "had to compensate", parsed with "had" as the verb's auxiliary.
        for (int a : s.children(pred, "aux")) if (s.lemma(a).equals("have") && s.markedTo(pred)) return true;
        // "has to go", not "has no plans to go": "to have to" takes no object.
        // "needed a quick victory to stay in power" names what is needed, not what has to be done.
        if ((s.lemma(pred).equals("need") || s.lemma(pred).equals("have")) && s.children(pred, "obj").isEmpty()) {
            for (String rel : new String[] {"xcomp", "ccomp"}) {
                for (int c : s.children(pred, rel)) if (s.markedTo(c)) return true;
            }
        }
        return false;
    }

    private static boolean modal(Sentences s, int pred) {
        for (int a : s.children(pred, "aux")) if (MODALS.contains(s.lemma(a)) || MODALS.contains(s.word(a).toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    /** "would never" and "won't" hang the negation on the predicate; "not" may also sit on its auxiliary chain. */
    private static boolean auxNegated(Sentences s, int pred) {
        for (int a : s.children(pred, "aux")) if (s.negated(a)) return true;
        return false;
    }

    /** "Nobody should threaten partners", "no country has the right to": a subject that is no one negates the clause. */
    private static boolean noOneActs(Sentences s, int pred) {
        for (int subj : s.children(pred, "nsubj")) {
            if (NO_ONE.contains(s.lemma(subj))) return true;
            for (int d : s.children(subj, "det")) if (s.lemma(d).equals("no")) return true;
        }
        return false;
    }

    private static final Set<String> NO_ONE = Set.of("nobody", "none", "nothing", "noone");

    /**
     * "There will be no amnesty for ...", "Moscow had no interest in returning", "we have no plans to": the clause
     * denies that what it names will exist or is wanted.
     */
    private static boolean deniedExistence(Sentences s, int pred) {
        if (s.lemma(pred).equals("have") && !s.negated(pred)) {
            for (int o : s.children(pred, "obj")) for (int d : s.children(o, "det")) if (s.lemma(d).equals("no")) return !WordStance.negativeBelow(s, o);
        }
        // "... would be no amnesty", parsed with "amnesty" as the predicate.
        if (!s.children(pred, "cop").isEmpty()) for (int d : s.children(pred, "det")) if (s.lemma(d).equals("no")) return true;
        if (s.children(pred, "expl").isEmpty()) return false;
        for (int subj : s.children(pred, "nsubj")) {
            for (int d : s.children(subj, "det")) if (s.lemma(d).equals("no")) return true;
        }
        return false;
    }
}
