package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the rules conclude about one article, and the only place they write: entities, who speaks which stretch,
 * positions, events, and a log of every time a rule fired, which {@code actorgraph explain} prints.
 */
final class Findings {
    final EntityRegistry entities;
    private final List<Voice> voices = new ArrayList<>();
    private final List<PositionDraft> positions = new ArrayList<>();
    private final List<EventDraft> events = new ArrayList<>();
    private final List<Firing> firings = new ArrayList<>();

    Findings(EntityRegistry entities) {
        this.entities = entities;
    }

    void fired(Rule rule, Sentences s, int token) {
        firings.add(new Firing(rule, s.index, token, token < 0 ? s.span() : s.tokenSpan(token)));
    }

    List<Firing> firings() {
        return Collections.unmodifiableList(firings);
    }

    /** Adds a voice unless a stretch it overlaps is already voiced: the first rule to claim a stretch keeps it. */
    void addVoice(Voice v) {
        for (Voice o : voices) if (o.from() < v.to() && v.from() < o.to()) return;
        voices.add(v);
    }

    boolean hasVoices() {
        return !voices.isEmpty();
    }

    /** The voice of the stretch holding this character, or null. */
    Voice voiceAt(int at) {
        for (Voice v : voices) if (v.covers(at)) return v;
        return null;
    }

    void add(PositionDraft p) {
        positions.add(p);
    }

    void remove(PositionDraft p) {
        positions.remove(p);
    }

    void add(EventDraft e) {
        events.add(e);
    }

    List<PositionDraft> positions() {
        return Collections.unmodifiableList(positions);
    }

    List<EventDraft> events() {
        return Collections.unmodifiableList(events);
    }
}
