package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.List;
import java.util.Set;

/**
 * "Lula opened the climate summit in Belém", "Opening the forum on Friday, Erdogan said": a person opening a
 * gathering ({@code opened-gatherings.txt}) addresses it, so the opening is a speech by that person; the body whose
 * gathering it is ("the annual debate of the General Assembly") is its audience.
 */
final class OpeningAddress implements EventRule {
    private static final Set<String> GATHERINGS = WordLists.words("opened-gatherings.txt");
    /** Opening a gathering is nearly always done with a speech, but the speech itself is not named. */
    private static final double OPENING = 0.7;

    @Override public String name() { return "event.opening-address"; }
    @Override public String description() { return "a person opening a summit, forum, session or debate gives a speech to it"; }

    @Override
    public EventDraft match(Participants p, Sentences s, int v, EventDraft lastMeeting) {
        if (!s.isVerb(v) || !s.lemma(v).equals("open")) return null;
        int gathering = -1;
        for (int o : s.children(v, "obj")) if (s.tag(o).startsWith("NN") && GATHERINGS.contains(s.lemma(o))) gathering = o;
        if (gathering < 0) return null;
        List<Speaker> openers = p.speakers.of(s, v).stream().filter(sp -> sp.entity().kind() == EntityKind.PERSON).toList();
        if (openers.isEmpty()) return null;
        EventDraft e = new EventDraft(EventKind.SPEECH, "speech", Participants.trigger(s, v), s.span(), Math.min(OPENING, Participants.lowest(openers)));
        for (Speaker sp : openers) e.participants.add(sp.entity());
        e.participants.addAll(p.bodyOf(s, gathering));
        e.place = p.placeIn(s, gathering);
        if (e.place == null) e.place = p.placeIn(s, v);
        if (e.place != null) e.by(MeetingVerb.PLACE, RuleUse.Part.PLACE);
        e.by(this, RuleUse.Part.FOUND);
        e.by(this, RuleUse.Part.PARTICIPANTS);
        return e;
    }
}
