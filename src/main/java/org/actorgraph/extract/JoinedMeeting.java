package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;

import java.util.List;
import java.util.Set;

/**
 * "National Assembly President Jorge Rodríguez took part in the meeting", "the Qatari envoy joined the talks", "Modi
 * said at the summit", "X would travel to Johannesburg for the meeting": someone joins the meeting the article has
 * just reported, or the gathering of that name. Only a meeting referred back to ("the", "this") is joined; "joined
 * talks in Geneva" names a meeting of its own.
 */
final class JoinedMeeting implements Rule {
    private static final Set<String> JOINING_OBJECT = Set.of("attend", "join");
    private static final Set<String> JOINING_IN = Set.of("participate");

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
        boolean joined = travelledFor || rel.equals("obj") && JOINING_OBJECT.contains(s.lemma(verb))
                || rel.startsWith("obl") && s.hasCase(n, "in") && (takePart || JOINING_IN.contains(s.lemma(verb))) || actedAt;
        if (!joined) return false;
        boolean added = false;
        for (Speaker sp : p.speakers.of(s, verb)) added |= last.participants.add(sp.entity());
        if (added) last.by(this, RuleUse.Part.PARTICIPANTS);
        return added;
    }
}
