package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.List;

/**
 * "... during a visit that underlined the two countries' growing trade. Berg, on his second trip to Latvia in less than
 * two years, also toured the new harbour": one visitor's visit told again in the same article, with nothing to set the two apart (another day,
 * another place, another host, one held and one planned), is the same visit, so its second telling adds to the first.
 */
final class SameVisit implements Rule {
    @Override public String name() { return "event.same-visit"; }
    @Override public Phase phase() { return Phase.EVENTS; }
    @Override public String description() { return "a visit by the same visitor told again, with no other day, place or host, is the same visit"; }

    /** The visit already found that this one tells again, or null. */
    EventDraft earlier(EventDraft later, List<EventDraft> found) {
        if (!later.label.equals(VisitRule.LABEL)) return null;
        for (EventDraft e : found) {
            if (!e.label.equals(VisitRule.LABEL) || e.planned != later.planned) continue;
            if (e.date != null && later.date != null && !e.date.equals(later.date)) continue;
            if (e.place != null && later.place != null && e.place != later.place) continue;
            if (!sameOf(e, later, EntityKind.PERSON, true) || !sameOf(e, later, null, false)) continue;
            return e;
        }
        return null;
    }

    /**
     * For people ({@code kind} PERSON): the two share one. For the others (hosts): when both name some, they share one.
     */
    private static boolean sameOf(EventDraft a, EventDraft b, EntityKind kind, boolean mustShare) {
        List<EntityNode> as = a.participants.stream().filter(p -> kind == null ? p.kind() != EntityKind.PERSON : p.kind() == kind).toList();
        List<EntityNode> bs = b.participants.stream().filter(p -> kind == null ? p.kind() != EntityKind.PERSON : p.kind() == kind).toList();
        if (!mustShare && (as.isEmpty() || bs.isEmpty())) return true;
        return as.stream().anyMatch(bs::contains);
    }
}
