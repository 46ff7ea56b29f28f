package org.actorgraph.extract;

import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "National Assembly President Jorge Rodríguez took part in the meeting", "the Qatari envoy joined the talks", "Modi
 * said at the summit", "the meeting was hosted by X", "X sat in on the talks", "X would travel to Johannesburg for
 * the meeting": someone joins the meeting the article has
 * just reported, or the gathering of that name. Only a meeting referred back to ("the", "this") is joined; "joined
 * talks in Geneva" names a meeting of its own.
 */
final class JoinedMeeting implements Rule {
    private static final Set<String> JOINING_OBJECT = Set.of("attend", "join");
    private static final Set<String> JOINING_IN = Set.of("participate");
    private static final Set<String> HOSTING = WordLists.words("convening-verbs.txt");

    @Override public String name() { return "event.joined-by"; }
    @Override public Phase phase() { return Phase.EVENTS; }
    @Override public String description() { return "whoever took part in, joined or attended \"the meeting\" takes part in the meeting reported before"; }

    /**
     * The event a meeting noun referred back to may be joining: for "at the summit", the last gathering of that
     * name ("summit", "conference"), or none; otherwise the last event reported.
     */
    static EventDraft joinable(Sentences s, int n, List<EventDraft> found) {
        if (found.isEmpty()) return null;
        // "Modi, who attended the summit": a summit is joined only if one was reported, not the last meeting.
        if (SameGathering.GATHERING.contains(s.lemma(n))) {
            for (int i = found.size() - 1; i >= 0; i--) if (found.get(i).label.equals(s.lemma(n))) return found.get(i);
            return null;
        }
        // "Z, who sat in on the talks": the last meeting, not a speech or an agreement reported after it.
        for (int i = found.size() - 1; i >= 0; i--) if (found.get(i).kind == EventKind.MEETING) return found.get(i);
        return found.get(found.size() - 1);
    }

    /** True when the token names the last event as joined, and its joiners were added to it. */
    boolean apply(Participants p, Sentences s, int n, EventDraft last) {
        if (last == null || !s.tag(n).startsWith("NN") || !MeetingNoun.MEETING.contains(s.lemma(n))) return false;
        if (s.children(n, "det").stream().noneMatch(d -> s.lemma(d).equals("the") || s.lemma(d).equals("this"))) return false;
        int verb = s.head(n);
        if (verb < 0 || !s.isVerb(verb)) return false;
        String rel = s.relation(n);
        boolean takePart = s.lemma(verb).equals("take") && s.children(verb, "obj").stream().anyMatch(o -> s.lemma(o).equals("part"));
        // "Modi told reporters at the summit": whoever acted at a gathering the article reported was there.
        boolean actedAt = rel.startsWith("obl") && s.hasCase(n, "at") && SameGathering.GATHERING.contains(s.lemma(n))
                && s.lemma(n).equals(last.label);
        // "would travel to Johannesburg for the meeting": whoever travels for it takes part.
        boolean travelledFor = rel.startsWith("obl") && s.hasCase(n, "for") && VisitRule.TRAVEL.contains(s.lemma(verb));
        // "The meeting was hosted by X": the host of the meeting just reported takes part in it.
        boolean hostedBy = rel.equals("nsubj:pass") && HOSTING.contains(s.lemma(verb));
        // "X, who sat in on the talks".
        boolean satIn = rel.startsWith("obl") && s.hasCase(n, "on") && s.lemma(verb).equals("sit");
        // "The meeting, which lasted an hour, was hosted by X", with the clause read as qualifying the noun.
        List<EntityNode> joiners = new ArrayList<>();
        for (int a : s.children(n, "acl")) {
            if (!HOSTING.contains(s.lemma(a)) || s.children(a, "aux:pass").isEmpty()) continue;
            for (int by : s.children(a, "obl")) if (s.hasCase(by, "by")) joiners.addAll(p.actors(s, by));
        }
        boolean joined = hostedBy || satIn || travelledFor || rel.equals("obj") && JOINING_OBJECT.contains(s.lemma(verb))
                || rel.startsWith("obl") && s.hasCase(n, "in") && (takePart || JOINING_IN.contains(s.lemma(verb))) || actedAt;
        if (joiners.isEmpty() && !joined) return false;
        if (joiners.isEmpty()) for (Speaker sp : p.speakers.of(s, verb)) joiners.add(sp.entity());
        boolean added = false;
        for (EntityNode e : joiners) added |= last.participants.add(e);
        if (added) last.by(this, RuleUse.Part.PARTICIPANTS);
        return added;
    }
}
