package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** "X and Y discussed ...", "X spoke to Y", "X telephoned Y": talks between the subjects and whoever follows "with" or "to". */
final class TalkVerb implements EventRule {
    private static final Set<String> TALK = WordLists.words("talk-verbs.txt");
    private static final Set<String> CALLING = WordLists.words("calling-words.txt");
    /** Both sides named, but they may have talked apart. */
    private static final double TALKED = 0.7;

    @Override public String name() { return "event.talk-verb"; }
    @Override public String description() { return "a verb of talking (talk-verbs.txt) with two or more sides among its subjects, \"with\" and \"to\""; }

    @Override
    public EventDraft match(Participants p, Sentences s, int v, EventDraft lastMeeting) {
        if (!s.isVerb(v) || !TALK.contains(s.lemma(v))) return null;
        List<Speaker> subjects = p.speakers.of(s, v);
        if (subjects.isEmpty()) return null;
        Set<EntityNode> who = new LinkedHashSet<>();
        for (Speaker sp : subjects) who.add(sp.entity());
        // "Pakistan's director general of military operations telephoned ...": an unnamed official talks for its side.
        if (s.child(v, "nsubj") >= 0 && subjects.stream().allMatch(sp -> sp.entity().kind() == EntityKind.GROUP)) {
            List<EntityNode> sides = p.sidesOf(s, s.child(v, "nsubj"));
            if (!sides.isEmpty()) {
                who.clear();
                who.addAll(sides);
            }
        }
        for (int o : s.children(v, "obl")) if (s.hasCase(o, "with") || s.hasCase(o, "to")) who.addAll(p.actors(s, o));
        // "X telephoned his counterpart": the one called is the object.
        boolean calledDirectly = CALLING.contains(s.lemma(v));
        if (calledDirectly) for (int o : s.children(v, "obj")) who.addAll(p.actors(s, o));
        if (who.size() < 2) return null;
        boolean byPhone = calledDirectly || s.children(v, "obl").stream().anyMatch(o -> s.hasCase(o, "by") && CALLING.contains(s.lemma(o)));
        EventDraft e = new EventDraft(EventKind.MEETING, byPhone ? "call" : "talks", Participants.trigger(s, v), s.span(), Math.min(TALKED, Participants.lowest(subjects)));
        e.participants.addAll(who);
        e.by(this, RuleUse.Part.FOUND);
        e.by(this, RuleUse.Part.PARTICIPANTS);
        return e;
    }
}
