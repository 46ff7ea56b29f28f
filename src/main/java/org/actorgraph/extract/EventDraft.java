package org.actorgraph.extract;

import org.actorgraph.model.Entity;
import org.actorgraph.model.Event;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An event while its details are being read; each rule signs what it set. */
final class EventDraft {
    final EventKind kind;
    final String label;
    final Set<EntityNode> participants = new LinkedHashSet<>();
    final Span evidence;
    final Span trigger;
    double confidence;
    EntityNode place;
    /** xsd:date lexical form, or an xsd:gMonthDay such as "--02-18" when the year is unknown. */
    String date;
    /** xsd:duration lexical form, e.g. "PT4H30M". */
    String duration;
    boolean planned;
    /** Sides that each met the other participants alone ("separate meetings with X and Y"); empty for one event. */
    final List<EntityNode> separately = new ArrayList<>();
    /** True when this report names again a meeting reported before ("the meetings" a host hosted). */
    boolean again;
    private final List<RuleUse> trace = new ArrayList<>();

    EventDraft(EventKind kind, String label, Span trigger, Span evidence, double confidence) {
        this.kind = kind;
        this.label = label;
        this.trigger = trigger;
        this.evidence = evidence;
        this.confidence = confidence;
    }

    void by(Rule rule, RuleUse.Part part) {
        RuleUse use = new RuleUse(rule.name(), part);
        if (!trace.contains(use)) trace.add(use);
    }

    /** Takes over the rules that set one part of another report of this event. */
    void adopt(EventDraft other, RuleUse.Part part) {
        for (RuleUse use : other.trace) if (use.part() == part && !trace.contains(use)) trace.add(use);
    }

    /**
     * One event for each side that met the others separately, with this one's timing and place; this event alone
     * when there are no such sides.
     */
    List<EventDraft> split(Rule by) {
        if (separately.isEmpty()) return List.of(this);
        List<EventDraft> out = new ArrayList<>();
        for (EntityNode side : separately) {
            EventDraft one = new EventDraft(kind, label, trigger, evidence, confidence);
            for (EntityNode e : participants) if (e == side || !separately.contains(e)) one.participants.add(e);
            one.place = place;
            one.date = date;
            one.duration = duration;
            one.planned = planned;
            one.trace.addAll(trace);
            one.by(by, RuleUse.Part.PARTICIPANTS);
            out.add(one);
        }
        return out;
    }

    /** True when another event already reported has the same kind, participants, status and date. */
    boolean repeats(List<EventDraft> seen) {
        for (EventDraft o : seen) {
            if (o.kind == kind && o.participants.equals(participants) && o.planned == planned
                    && (date == null || date.equals(o.date))) return true;
        }
        return false;
    }

    Event freeze(Map<EntityNode, Entity> frozen) {
        return new Event(kind, label, participants.stream().map(e -> e.freeze(frozen)).toList(), evidence, trigger,
                confidence, place == null ? null : place.freeze(frozen), date, duration, planned, trace);
    }
}
