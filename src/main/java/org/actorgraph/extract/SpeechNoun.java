package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.List;
import java.util.Set;

/**
 * "Told a news conference", "said in a televised address", "Trump's speech to the Knesset": a speech noun
 * ({@code speech-nouns.txt}; "conference" only as a news or press conference; "statement" and "message" only when
 * televised, recorded or on video) held by its possessor or by the
 * subject of the verb it hangs on; a body it is addressed to takes part and is where it was given.
 */
final class SpeechNoun implements EventRule {
    private static final Set<String> NOUNS = WordLists.words("speech-nouns.txt");
    private static final Set<String> PRESS = Set.of("news", "press");
    static final Set<String> SPOKEN = Set.of("statement", "message");
    private static final Set<String> BROADCAST = Set.of("televised", "televise", "video", "recorded", "record", "broadcast", "radio", "live");
    private static final double SPEECH = 0.8;

    @Override public String name() { return "event.speech-noun"; }
    @Override public String description() { return "a speech, address, briefing or news conference held by the subject of the verb it hangs on"; }

    @Override
    public EventDraft match(Participants p, Sentences s, int n, EventDraft lastMeeting) {
        if (!s.tag(n).startsWith("NN") || !speechNoun(s, n)) return null;
        List<Speaker> speakers = p.holders(s, n);
        if (speakers.isEmpty()) speakers = setOffAfterName(p, s, n);
        if (speakers.isEmpty()) return null;
        EventDraft e = new EventDraft(EventKind.SPEECH, "speech", Participants.trigger(s, n), s.span(), Math.min(SPEECH, Participants.lowest(speakers)));
        for (Speaker sp : speakers) e.participants.add(sp.entity());
        for (int m : s.children(n, "nmod")) {
            Mention audience = p.view.mentionAt(s.index, m);
            if (audience == null || audience.kind() != EntityKind.ORGANIZATION) continue;
            if (s.hasCase(m, "to") || s.hasCase(m, "before")) {
                EntityNode org = p.speakers.registry().entityOf(audience);
                e.participants.add(org);
                e.place = org;
                e.by(this, RuleUse.Part.PLACE);
            }
        }
        // "told a joint news conference with Sandu": who shared the platform spoke there too.
        for (int m : s.children(n, "nmod")) if (s.hasCase(m, "with")) e.participants.addAll(named(p.actors(s, m)));
        int verb = s.head(n);
        if (s.relation(n).equals("obj") && verb >= 0 && s.isVerb(verb)) {
            for (int m : s.children(verb, "obl")) if (s.hasCase(m, "with")) e.participants.addAll(named(p.actors(s, m)));
        }
        EntityNode where = e.place == null ? p.placeIn(s, n) : null;
        if (where != null) {
            e.place = where;
            e.by(MeetingVerb.PLACE, RuleUse.Part.PLACE);
        }
        e.by(this, RuleUse.Part.FOUND);
        e.by(this, RuleUse.Part.PARTICIPANTS);
        return e;
    }

    /**
     * "President Ana Vidal, in a speech on May 3, called the plan a trap": a phrase set off by commas right after a
     * person's name is that person's, however the parser hung it.
     */
    private static List<Speaker> setOffAfterName(Participants p, Sentences s, int n) {
        int c = s.child(n, "case");
        if (c < 2 || !s.word(c - 1).equals(",") || c + 1 >= n || !s.lemma(c).equals("in")) return List.of();
        Mention before = p.view.mentionAt(s.index, c - 2);
        if (before == null || before.kind() != EntityKind.PERSON || before.end() != c - 1) return List.of();
        // The phrase closes with a comma of its own before its clause goes on.
        List<Integer> phrase = s.subtree(n, Set.of());
        int last = phrase.get(phrase.size() - 1);
        if (last + 1 >= s.size() || !s.word(last + 1).equals(",")) return List.of();
        Speaker sp = p.speakers.resolve(s, c - 2);
        return sp == null ? List.of() : List.of(sp);
    }

    /** Named actors only: "a news conference with reporters" is not shared with the reporters. */
    private static List<EntityNode> named(List<EntityNode> actors) {
        return actors.stream().filter(a -> a.kind() != EntityKind.GROUP).toList();
    }

    private static boolean speechNoun(Sentences s, int n) {
        if (s.lemma(n).equals("conference")) {
            for (int c : s.children(n, "compound")) if (PRESS.contains(s.lemma(c))) return true;
            return false;
        }
        // "said in a televised statement", "a video message", "a recorded statement": spoken to an audience.
        if (SPOKEN.contains(s.lemma(n))) {
            for (int c : s.children(n, "amod")) if (BROADCAST.contains(s.lemma(c))) return true;
            for (int c : s.children(n, "compound")) if (BROADCAST.contains(s.lemma(c))) return true;
            return false;
        }
        return NOUNS.contains(s.lemma(n));
    }
}
