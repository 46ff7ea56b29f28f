package org.actorgraph.model;

import java.util.List;

/**
 * A meeting, speech or agreement an article reports, with what it says of when, where and who.
 *
 * @param trigger    where the word that names the event stands
 * @param confidence how sure the rules that found the event are of its participants
 * @param date       xsd:date lexical form, or an xsd:gMonthDay such as "--02-18" when the year is unknown
 * @param duration   xsd:duration lexical form, e.g. "PT4H30M"
 * @param trace      the rules that made the event and set each of its parts
 */
public record Event(EventKind kind, String label, List<Entity> participants, Span evidence, Span trigger,
                    double confidence, Entity place, String date, String duration, boolean planned,
                    List<RuleUse> trace) {
    public Event {
        participants = List.copyOf(participants);
        trace = List.copyOf(trace);
    }
}
