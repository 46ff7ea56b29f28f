package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.List;
import java.util.Set;

/**
 * "X visited Y", "during a visit to Y", "X's trip to Y": a visit by its visitors. A country or body visited takes part
 * (it stands for its government); a city visited is where the visit took place. One visitor is enough.
 */
final class VisitRule implements EventRule {
    static final Set<String> NOUNS = WordLists.words("visit-nouns.txt");
    /** The label of every visit, whatever word told it. */
    static final String LABEL = "visit";
    static final Set<String> TRAVEL = WordLists.words("travel-verbs.txt");
    /** A visit is read from its visitors and where they went; the visited side may be only a place. */
    private static final double VISIT = 0.8;

    @Override public String name() { return "event.visit"; }
    @Override public String description() { return "a visit by the subject of \"visit\" or the holder of a visit noun, to a country, body or place"; }

    @Override
    public EventDraft match(Participants p, Sentences s, int t, EventDraft lastMeeting) {
        boolean verb = s.isVerb(t) && s.lemma(t).equals("visit");
        // "travelled to Kyiv", "toured the base": going to a place is visiting it.
        boolean went = s.isVerb(t) && TRAVEL.contains(s.lemma(t));
        boolean noun = s.tag(t).startsWith("NN") && NOUNS.contains(s.lemma(t));
        if (!verb && !noun && !went) return null;
        // "a return visit by Ishiba to South Korea": the visitor is named after "by", not the one preparing it.
        List<EntityNode> by = new java.util.ArrayList<>();
        // Only a visitor named as such: "the first visit by a Chinese foreign minister" leaves the visitor to the verb.
        if (noun) for (int n : byPhrases(s, t)) {
            EntityNode named = s.tag(n).startsWith("NNP") ? p.speakers.actorAt(s, n) : null;
            if (named != null) by.add(named);
        }
        List<Speaker> visitors = !by.isEmpty() ? List.of() : verb || went ? p.speakers.of(s, t) : p.holders(s, t);
        if (visitors.isEmpty() && by.isEmpty()) return null;
        EventDraft e = new EventDraft(EventKind.MEETING, LABEL, Participants.trigger(s, t), s.span(),
                by.isEmpty() ? Math.min(VISIT, Participants.lowest(visitors)) : VISIT);
        for (Speaker sp : visitors) e.participants.add(sp.entity());
        e.participants.addAll(by);
        // "travelled to Kyiv with Merz and Starmer": those who went with the visitors visit too.
        if (verb || went) for (int n : s.children(t, "obl")) if (s.hasCase(n, "with")) e.participants.addAll(p.actors(s, n));
        // "a state visit hosted by Lula": the host takes part.
        if (noun) {
            for (int a : s.children(t, "acl")) {
                if (!s.lemma(a).equals("host")) continue;
                for (int n : s.children(a, "obl")) if (s.hasCase(n, "by")) e.participants.addAll(p.actors(s, n));
            }
        }
        List<Integer> visited = verb ? s.children(t, "obj")
                : s.children(t, went ? "obl" : "nmod").stream().filter(n -> s.hasCase(n, "to")).toList();
        if (went && s.lemma(t).equals("tour")) visited = s.children(t, "obj");
        // "had travelled to Riyadh on his first foreign trip": the trip goes where the verb it hangs on went.
        int travel = s.head(t);
        if (noun && visited.isEmpty() && s.relation(t).startsWith("obl") && travel >= 0 && s.isVerb(travel) && TRAVEL.contains(s.lemma(travel))) {
            visited = s.children(travel, "obl").stream().filter(n -> s.hasCase(n, "to")).toList();
        }
        if (went && visited.isEmpty()) return null;
        for (int o : visited) {
            Mention m = p.view.mentionAt(s.index, o);
            if (m == null || m.demonym()) continue;
            EntityNode where = p.speakers.registry().entityOf(m);
            if (m.kind() == EntityKind.PLACE) {
                e.place = where;
                e.by(MeetingVerb.PLACE, RuleUse.Part.PLACE);
            } else {
                e.participants.add(m.kind() == EntityKind.PERSON ? where : p.speakers.actors().actorOf(m));
                if (m.kind() == EntityKind.COUNTRY) {
                    e.place = where;
                    e.by(MeetingVerb.PLACE, RuleUse.Part.PLACE);
                }
            }
        }
        e.participants.remove(null);
        e.by(this, RuleUse.Part.FOUND);
        e.by(this, RuleUse.Part.PARTICIPANTS);
        return e;
    }

    /**
     * The "by" phrases of a visit noun; "followed a visit to Tokyo last week by Hegseth" may hang "by" on the verb
     * whose object the visit is, which in the active voice has no agent of its own.
     */
    private static List<Integer> byPhrases(Sentences s, int noun) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int n : s.children(noun, "nmod")) if (s.hasCase(n, "by")) out.add(n);
        int verb = s.head(noun);
        if (out.isEmpty() && s.relation(noun).equals("obj") && verb >= 0 && s.children(verb, "aux:pass").isEmpty()) {
            for (int n : s.children(verb, "obl")) if (n > noun && s.hasCase(n, "by")) out.add(n);
        }
        return out;
    }
}
