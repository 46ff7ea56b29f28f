package org.actorgraph.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** One position an actor stated, as one article reports it. */
public final class Position {
    final Entity speaker;
    final String cue;
    final Span content;
    final Span sentence;
    final Set<Entity> addressees = new LinkedHashSet<>();
    final Set<Entity> targets = new LinkedHashSet<>();
    final Set<String> topics = new LinkedHashSet<>();
    Stance stance = Stance.NEUTRAL;

    Position(Entity speaker, String cue, Span content, Span sentence) {
        this.speaker = speaker;
        this.cue = cue;
        this.content = content;
        this.sentence = sentence;
    }

    public Entity speaker() { return speaker; }
    /** The reporting verb's lemma, with its particle: "say", "call on". */
    public String cue() { return cue; }
    public Span content() { return content; }
    public Span sentence() { return sentence; }
    public Set<Entity> addressees() { return addressees; }
    public Set<Entity> targets() { return targets; }
    /** IRIs of the topics the content is about. */
    public Set<String> topics() { return topics; }
    public Stance stance() { return stance; }
}
