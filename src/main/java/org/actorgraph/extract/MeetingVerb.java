package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "X met Y", "X and Y met in Riyadh", "negotiators from X and Y met", "EU ministers will meet": a meeting verb ({@code meeting-triggers.txt})
 * takes its participants from its subject, its object and "with", and its place from "in" or "at".
 */
final class MeetingVerb implements EventRule {
    static final Set<String> MEETING = WordLists.words("meeting-triggers.txt");
    /** Participants named through who the negotiators come from. */
    private static final double GROUPS = 0.75;

    private static final Set<String> BODY_MEETS = Set.of("meet", "convene", "gather");
    /** Verbs of receiving a visitor: received at an organisation, by it. */
    private static final Set<String> RECEIVING = Set.of("receive", "host", "welcome", "summon");

    static final Rule PLACE = Rule.named("event.place-in-at", Phase.EVENTS,
            "the place named after \"in\" or \"at\" on the meeting verb or noun, or on the verb of holding or signing it");

    @Override public String name() { return "event.met-with"; }
    @Override public String description() { return "a meeting verb with two or more sides among its subject, object and \"with\", or one body meeting as itself"; }

    @Override
    public EventDraft match(Participants p, Sentences s, int v, EventDraft lastMeeting) {
        if (!s.isVerb(v) || !MEETING.contains(s.lemma(v))) return null;
        // "called on the donors to", "called them victims": to call is to telephone only with one object and no more.
        if (s.lemma(v).equals("call") && (!s.children(v, "xcomp").isEmpty() || s.children(v, "obj").size() > 1
                || s.children(v, "compound:prt").stream().anyMatch(c -> !s.lemma(c).equals("up")))) return null;
        // "is negotiating with the Ugandan government in talks hosted by Kenya": the meeting noun reads the event, sides and all.
        // A visit or a call it happened during is an event of its own ("During a visit to Chile, X met Y").
        for (int o : s.children(v, "obl")) {
            if (s.hasCase(o, "in") && s.tag(o).startsWith("NN") && MEETING.contains(s.lemma(o)) && !VisitRule.NOUNS.contains(s.lemma(o))
                    && !s.lemma(o).equals("call")) return null;
        }
        // "Oslo summoned the top Canadian diplomat": one summoned by title alone is no named side of a meeting.
        if (s.lemma(v).equals("summon") && s.children(v, "obj").stream().anyMatch(o -> p.view.mentionAt(s.index, o) == null)) return null;
        Set<EntityNode> who = new LinkedHashSet<>();
        List<Speaker> subjects = p.speakers.of(s, v);
        for (Speaker sp : subjects) who.add(sp.entity());
        int subj = s.child(v, "nsubj");
        if (subj >= 0 && who.isEmpty()) who.addAll(p.sidesOf(s, subj));
        // "Both men had been received by X": whoever was received meets whoever received them.
        if (subj >= 0 && s.relation(subj).equals("nsubj:pass")) {
            List<EntityNode> both = p.theTwo(s, subj);
            who.addAll(both.isEmpty() ? p.actors(s, subj) : both);
        }
        // "Lucia Ferro was received at the Austrian Foreign Ministry": received by no one named, at an organisation, by that
        // organisation.
        if (subj >= 0 && s.relation(subj).equals("nsubj:pass") && RECEIVING.contains(s.lemma(v)) && s.children(v, "obl:agent").isEmpty()
                && s.children(v, "obl").stream().noneMatch(o -> s.hasCase(o, "by"))) {
            for (int o : s.children(v, "obl")) {
                Mention at = s.hasCase(o, "at") ? p.view.mentionAt(s.index, o) : null;
                if (at != null && !at.demonym() && at.kind() == EntityKind.ORGANIZATION) who.add(p.speakers.registry().entityOf(at));
            }
        }
        // "met Syria's interim President X", which the parser may read as an indirect object with the name hung on it.
        for (int o : s.children(v, "obj")) who.addAll(p.actors(s, o));
        for (int o : s.children(v, "iobj")) who.addAll(p.actors(s, o));
        for (int o : s.children(v, "obl")) if (s.hasCase(o, "with")) who.addAll(p.actors(s, o));
        // "EU defence ministers will meet in Lisbon", "the Organization of American States met": one body meeting as itself.
        boolean oneBody = who.size() == 1 && s.children(v, "obj").isEmpty() && BODY_MEETS.contains(s.lemma(v))
                && who.iterator().next().kind() == EntityKind.ORGANIZATION;
        if (who.size() < 2 && !oneBody) return null;
        EventDraft e = new EventDraft(EventKind.MEETING, s.lemma(v).equals("talk") ? "talks" : "meeting", Participants.trigger(s, v), s.span(),
                subjects.isEmpty() ? GROUPS : Participants.lowest(subjects));
        e.participants.addAll(who);
        e.by(this, RuleUse.Part.FOUND);
        e.by(this, RuleUse.Part.PARTICIPANTS);
        e.place = p.placeIn(s, v);
        // "will host them for a meeting in Warsaw", "received him for talks at the palace": the meeting it is for.
        for (int o : s.children(v, "obl")) {
            if (e.place == null && s.hasCase(o, "for") && MeetingNoun.MEETING.contains(s.lemma(o))) e.place = p.placeIn(s, o);
        }
        if (e.place != null) e.by(PLACE, RuleUse.Part.PLACE);
        return e;
    }
}
