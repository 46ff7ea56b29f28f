package org.actorgraph.extract;

import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The agreement between X and Y", "the deal reached yesterday between X and Y", "X signed a treaty with Y": the
 * parties of an agreement noun ({@code agreement-triggers.txt}) are named after "between" or "with" on the noun or on
 * the verb that qualifies it, by the subject of a verb of concluding it ({@code agreement-verbs.txt}), and as those
 * it binds ({@code binding-verbs.txt}: "committing France and Poland to"). Whoever welcomed or brokered it is not a
 * party.
 */
final class AgreementNoun implements EventRule {
    static final Set<String> AGREEMENT = WordLists.words("agreement-triggers.txt");
    static final Set<String> AGREEING = WordLists.words("agreement-verbs.txt");
    private static final Set<String> BINDING = WordLists.words("binding-verbs.txt");
    private static final double BETWEEN = 0.85;
    private static final Set<String> MARKS = WordLists.words("signing-marks.txt");
    private static final Set<String> PUTTING = Set.of("put", "add", "affix", "set");
    private static final Set<String> WATCHING = Set.of("look", "watch", "stand");

    /** "put their names to the document", "put their initials to the treaty": the agreement is signed by the subject. */
    private static boolean marksPutTo(Sentences s, int n) {
        int verb = s.head(n);
        if (verb < 0 || !s.isVerb(verb) || !PUTTING.contains(s.lemma(verb)) || !s.relation(n).startsWith("obl") || !s.hasCase(n, "to")) return false;
        return s.children(verb, "obj").stream().anyMatch(o -> MARKS.contains(s.lemma(o).toLowerCase(Locale.ROOT)));
    }

    @Override public String name() { return "event.agreement"; }
    @Override public String description() { return "an agreement noun with its parties after \"between\"/\"with\", as the subject of concluding it, or as those it binds"; }

    @Override
    public EventDraft match(Participants p, Sentences s, int n, EventDraft lastMeeting) {
        if (!s.tag(n).startsWith("NN") || !AGREEMENT.contains(s.lemma(n))) return null;
        Set<EntityNode> who = new LinkedHashSet<>();
        List<Integer> heads = new ArrayList<>();
        heads.add(n);
        heads.addAll(s.children(n, "acl"));
        // "the agreement reached on Monday between X and Y" is often parsed as the subject of "reached".
        int governor = s.head(n);
        if (s.relation(n).startsWith("nsubj") && governor >= 0 && s.isVerb(governor) && AGREEING.contains(s.lemma(governor))) heads.add(governor);
        double confidence = BETWEEN;
        for (int h : heads) {
            for (int m : s.children(h, s.tag(h).startsWith("NN") ? "nmod" : "obl")) {
                if (s.hasCase(m, "between") || s.hasCase(m, "with")) who.addAll(p.actors(s, m));
            }
        }
        String rel = s.relation(n);
        int verb = s.head(n);
        boolean signedWithMarks = marksPutTo(s, n);
        if (signedWithMarks) rel = "obj";
        // "initialled the text of a fisheries agreement", "signed the final draft of the accord": signing the words of an
        // agreement signs the agreement.
        if (!signedWithMarks && rel.startsWith("nmod") && s.hasCase(n, "of") && verb >= 0 && s.tag(verb).startsWith("NN")
                && s.relation(verb).equals("obj") && s.head(verb) >= 0 && AGREEING.contains(s.lemma(s.head(verb)))) {
            rel = "obj";
            verb = s.head(verb);
        }
        // "the treaty (that) X and Y signed in 2024": the clause qualifying the noun concludes it, the noun (or "that")
        // being what is signed rather than who signs. A clause of what is still to be done ("which has yet to be
        // signed") concludes nothing.
        for (int c : s.children(n, "acl:relcl")) {
            if (signedWithMarks || !s.children(c, "aux:pass").isEmpty() || !s.children(c, "mark").isEmpty()) continue;
            int obj = s.child(c, "obj");
            int subj = s.child(c, "nsubj");
            boolean signed = obj >= 0 ? s.tag(obj).startsWith("W") : subj >= 0 && !s.tag(subj).startsWith("W");
            if (AGREEING.contains(s.lemma(c)) && signed) {
                rel = "obj";
                verb = c;
            }
        }
        if (rel.equals("obj") && verb >= 0 && s.isVerb(verb) && (signedWithMarks || AGREEING.contains(s.lemma(verb)))) {
            List<Speaker> parties = p.speakers.of(s, verb);
            for (Speaker sp : parties) who.add(sp.entity());
            // "The foreign ministers of Kenya and Uganda signed an accord": holders of a title, for whom they are of.
            if (parties.isEmpty()) for (int subj : s.children(verb, "nsubj")) if (!s.relation(subj).equals("nsubj:pass")) who.addAll(p.actors(s, subj));
            for (int o : s.children(verb, "obl")) if (s.hasCase(o, "with")) who.addAll(p.actors(s, o));
            if (!parties.isEmpty()) confidence = Math.min(confidence, Participants.lowest(parties));
            // "signed the accord as Rubio looked on": whoever watched the signing was at it.
            for (int a : s.children(verb, "advcl")) {
                if (!WATCHING.contains(s.lemma(a)) || s.children(a, "mark").stream().noneMatch(m -> s.lemma(m).equalsIgnoreCase("as"))) continue;
                for (Speaker sp : p.speakers.of(s, a)) who.add(sp.entity());
            }
        }
        // "signed a treaty ..., committing France and Poland to come to each other's aid", "the accord, which obliges
        // Rwanda to": whoever the agreement binds is a party to it.
        List<Integer> binding = new ArrayList<>(s.children(n, "acl"));
        binding.addAll(s.children(n, "acl:relcl"));
        if (verb >= 0 && s.isVerb(verb) && AGREEING.contains(s.lemma(verb))) {
            binding.addAll(s.children(verb, "dep"));
            binding.addAll(s.children(verb, "advcl"));
        }
        for (int b : binding) {
            if (!BINDING.contains(s.lemma(b))) continue;
            for (int o : s.children(b, "obj")) who.addAll(p.actors(s, o));
        }
        if (who.size() < 2) return null;
        EventDraft e = new EventDraft(EventKind.AGREEMENT, s.word(n).toLowerCase(Locale.ROOT), Participants.trigger(s, n), s.span(), confidence);
        e.participants.addAll(who);
        e.by(this, RuleUse.Part.FOUND);
        e.by(this, RuleUse.Part.PARTICIPANTS);
        e.place = p.placeIn(s, n);
        if (e.place == null && verb >= 0 && s.isVerb(verb) && (signedWithMarks || AGREEING.contains(s.lemma(verb)))) e.place = p.placeIn(s, verb);
        if (e.place != null) e.by(MeetingVerb.PLACE, RuleUse.Part.PLACE);
        return e;
    }
}
