package org.actorgraph.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** A meeting or speech an article reports, with what it says of when, where and who. */
public final class Event {
    final EventKind kind;
    final String label;
    final Set<Entity> participants = new LinkedHashSet<>();
    final Span evidence;
    final Span trigger;
    double confidence;
    Entity place;
    /** xsd:date lexical form, or an xsd:gMonthDay such as "--02-18" when the year is unknown. */
    String date;
    /** xsd:duration lexical form, e.g. "PT4H30M". */
    String duration;
    boolean planned;

    Event(EventKind kind, String label, Span trigger, Span evidence, double confidence) {
        this.kind = kind;
        this.label = label;
        this.trigger = trigger;
        this.evidence = evidence;
        this.confidence = confidence;
    }

    public EventKind kind() { return kind; }
    public String label() { return label; }
    public Set<Entity> participants() { return participants; }
    public Span evidence() { return evidence; }
    /** Where the word that names the event stands. */
    public Span trigger() { return trigger; }
    /** How sure the rules that found the event are of its participants, 0–1. */
    public double confidence() { return confidence; }
    public Entity place() { return place; }
    public String date() { return date; }
    public String duration() { return duration; }
    public boolean planned() { return planned; }
}
