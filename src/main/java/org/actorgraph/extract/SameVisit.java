package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.List;

/**
 * "... during a visit that underlined the two countries' growing trade. Berg, on his second trip to Latvia in less than
 * two years, also toured the new harbour": one visitor's visit told again in the same article, with nothing to set the
 * two apart (another day, another place, another host, one held and one planned), is the same visit, so its second
 * telling adds to the first.
 */
final class SameVisit implements Rule {
    @Override public String name() { return "event.same-visit"; }
    @Override public Phase phase() { return Phase.EVENTS; }
    @Override public String description() { return "a visit by the same visitor told again, with no other day, place or host, is the same visit"; }

    /** The visit already found that this one tells again, or null. */
    EventDraft earlier(EventDraft later, List<EventDraft> found) {
        if (!later.label.equals(VisitRule.LABEL)) return null;
        for (EventDraft e : found) {
            if (e.label.equals(VisitRule.LABEL) && SameGathering.sameOccasion(e, later) && shareOne(side(e, true), side(later, true))
                    && (side(e, false).isEmpty() || side(later, false).isEmpty() || shareOne(side(e, false), side(later, false)))) return e;
        }
        return null;
    }

    /** The visitors (people) or the hosts (everyone else) of a visit. */
    private static List<EntityNode> side(EventDraft e, boolean persons) {
        return e.participants.stream().filter(p -> (p.kind() == EntityKind.PERSON) == persons).toList();
    }

    private static boolean shareOne(List<EntityNode> a, List<EntityNode> b) {
        return a.stream().anyMatch(b::contains);
    }
}
