package org.actorgraph.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** One position an actor stated, as one article reports it. */
public final class Position {
    final Entity speaker;
    final String cue;
    final Span content;
    final Span sentence;
    final Span cueSpan;
    double confidence;
    final Set<Entity> addressees = new LinkedHashSet<>();
    final Set<Entity> targets = new LinkedHashSet<>();
    final Set<String> topics = new LinkedHashSet<>();
    Stance stance = Stance.NEUTRAL;
    String date;

    Position(Entity speaker, String cue, Span cueSpan, Span content, Span sentence, double confidence) {
        this.speaker = speaker;
        this.cue = cue;
        this.cueSpan = cueSpan;
        this.content = content;
        this.sentence = sentence;
        this.confidence = confidence;
    }

    public Entity speaker() { return speaker; }
    /** The reporting verb's lemma, with its particle: "say", "call on". */
    public String cue() { return cue; }
    public Span content() { return content; }
    public Span sentence() { return sentence; }
    /** Where the reporting verb or phrase stands. */
    public Span cueSpan() { return cueSpan; }
    /** How sure the rules that found the position are of its speaker and, when it has one, its stance, 0–1. */
    public double confidence() { return confidence; }
    public Set<Entity> addressees() { return addressees; }
    public Set<Entity> targets() { return targets; }
    /** IRIs of the topics the content is about. */
    public Set<String> topics() { return topics; }
    public Stance stance() { return stance; }
    /**
     * The day the position was stated (xsd:date, or xsd:gMonthDay without a year): the day said of the cue
     * ("said on Tuesday"), else the article's date; null when neither is known or the cue names a time that is
     * not a day ("said in October").
     */
    public String date() { return date; }
}
