package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.RuleUse;

import java.util.List;
import java.util.Set;

/**
 * "An OPEC meeting in Vienna ... At the OPEC meeting, the Saudi minister said": one article reporting a body's
 * gathering ({@code gathering-nouns.txt}) several times reports one gathering, so those who appear at it in later
 * sentences are added to the first report rather than made a gathering of their own.
 */
final class SameGathering implements Rule {
    static final Set<String> GATHERING = WordLists.words("gathering-nouns.txt");

    @Override public String name() { return "event.same-gathering"; }
    @Override public Phase phase() { return Phase.EVENTS; }
    @Override public String description() { return "a body's summit or meeting reported again in the same article is the same one"; }

    /** The gathering already found that this one reports again, or null. */
    EventDraft earlier(EventDraft later, List<EventDraft> found) {
        if (!GATHERING.contains(later.label)) return null;
        for (EventDraft e : found) {
            if (e.kind != later.kind || !e.label.equals(later.label) || !sameOccasion(e, later)) continue;
            for (EntityNode p : later.participants) if (p.kind() == EntityKind.ORGANIZATION && e.participants.contains(p)) return e;
        }
        return null;
    }

    /** Neither one held and the other planned, nor told on another day or at another place. */
    static boolean sameOccasion(EventDraft a, EventDraft b) {
        return a.planned == b.planned && (a.date == null || b.date == null || a.date.equals(b.date))
                && (a.place == null || b.place == null || a.place == b.place);
    }

    void merge(EventDraft later, EventDraft into) {
        merge(later, into, this);
    }

    /** Adds what the later report names to the earlier one; the rule that found them the same is named on the participants. */
    static void merge(EventDraft later, EventDraft into, Rule by) {
        boolean added = into.participants.addAll(later.participants);
        if (into.place == null && later.place != null) {
            into.place = later.place;
            into.adopt(later, RuleUse.Part.PLACE);
        }
        if (into.date == null && later.date != null) {
            into.date = later.date;
            into.adopt(later, RuleUse.Part.DATE);
        }
        if (into.duration == null && later.duration != null) {
            into.duration = later.duration;
            into.adopt(later, RuleUse.Part.DATE);
        }
        if (added) into.by(by, RuleUse.Part.PARTICIPANTS);
    }
}
