package org.actorgraph.extract;

import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "A meeting between X and Y", "X held talks with Y", "held a first round of talks with Y": a meeting noun takes its
 * sides from "between" and "with", and from the verb of holding it hangs on ({@code meeting-holding-verbs.txt}). A
 * meeting "between the presidents" is between the sides of the meeting reported before it.
 */
final class MeetingNoun implements EventRule {
    static final Set<String> MEETING = WordLists.words("meeting-triggers.txt");
    static final Set<String> HOLDING = WordLists.words("meeting-holding-verbs.txt");
    /** Participants named as "between X and Y". */
    private static final double BETWEEN = 0.85;
    /** Participants carried over from the meeting reported before. */
    private static final double INHERITED = 0.55;

    static final Rule INHERITED_SIDES = Rule.named("event.inherited-sides", Phase.EVENTS,
            "a meeting between unnamed sides is between the sides of the meeting before it");

    @Override public String name() { return "event.meeting-noun"; }
    @Override public String description() { return "a meeting noun with its sides after \"between\" or \"with\", or on the verb of holding it"; }

    @Override
    public EventDraft match(Participants p, Sentences s, int n, EventDraft previous) {
        if (!s.tag(n).startsWith("NN") || !MEETING.contains(s.lemma(n))) return null;
        Set<EntityNode> who = new LinkedHashSet<>();
        boolean unnamedSides = false;
        for (int m : s.children(n, "nmod")) {
            if (!s.hasCase(m, "between") && !s.hasCase(m, "with")) continue;
            List<EntityNode> found = p.actors(s, m);
            if (found.isEmpty()) unnamedSides = s.hasCase(m, "between");
            who.addAll(found);
        }
        String rel = s.relation(n);
        int verb = s.head(n);
        // "held a first round of talks with": the verb holds the noun the meeting noun is "of".
        if (rel.startsWith("nmod") && s.hasCase(n, "of") && verb >= 0 && s.tag(verb).startsWith("NN")) {
            rel = s.relation(verb);
            verb = s.head(verb);
        }
        // "discussed the aid in a phone call with X": whoever acted in the meeting took part in it.
        boolean within = rel.startsWith("obl") && (s.hasCase(n, "in") || s.hasCase(n, "during"));
        if ((rel.equals("obj") || rel.startsWith("obl")) && verb >= 0 && s.isVerb(verb) && (within || HOLDING.contains(s.lemma(verb)))) {
            for (Speaker sp : p.speakers.of(s, verb)) who.add(sp.entity());
            for (int o : s.children(verb, "obj")) if (o != n) who.addAll(p.actors(s, o));
        }
        boolean inherited = who.isEmpty() && unnamedSides && previous != null;
        if (inherited) who.addAll(previous.participants);
        if (who.size() < 2) return null;
        EventDraft e = new EventDraft(EventKind.MEETING, s.word(n).toLowerCase(Locale.ROOT), Participants.trigger(s, n), s.span(),
                inherited ? INHERITED : BETWEEN);
        e.participants.addAll(who);
        e.by(this, RuleUse.Part.FOUND);
        e.by(inherited ? INHERITED_SIDES : this, RuleUse.Part.PARTICIPANTS);
        return e;
    }
}
