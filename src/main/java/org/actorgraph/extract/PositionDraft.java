package org.actorgraph.extract;

import org.actorgraph.model.Entity;
import org.actorgraph.model.Position;
import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Span;
import org.actorgraph.model.Stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A position while its details are being read: found by a cue rule with its speaker and content, then given a
 * stance, addressees, targets, topics and a date by the detail rules, each of which signs what it set.
 */
final class PositionDraft {
    final EntityNode speaker;
    final String cue;
    final Span cueSpan;
    /** What was said; a quotation's sentences joined to their cue's position widen it (see OneQuotation). */
    Span content;
    final Sentences sentence;
    /** The text that shows the statement: its sentence, or the sentences of its quotation. */
    Span evidence;
    /** For a sentence of a quotation or statement without a cue of its own, the voice it is in; else null. */
    Voice voice;
    /** The cue as the lexicon has it, the stance it states included. */
    final CueLexicon.Cue cueEntry;
    /** Where the cue stands in the sentence, or -1 for a voiced sentence, whose cue is elsewhere. */
    final int cueToken;
    final int cueLast;
    final List<Integer> contentTokens;
    double confidence;
    final Set<EntityNode> addressees = new LinkedHashSet<>();
    final Set<EntityNode> targets = new LinkedHashSet<>();
    final Set<String> topics = new LinkedHashSet<>();
    Stance stance = Stance.NEUTRAL;

    /**
     * True while no rule has given a stance and the cue gives none of its own: a neutral cue ("said") leaves the stance
     * to what was said, but one citing a source ("according to") passes facts on and keeps it neutral.
     */
    boolean stanceOpenToContent() {
        return stance == Stance.NEUTRAL && cueEntry.stance() == Stance.NEUTRAL && !cueEntry.citesSource();
    }
    /** The same speaker's position on the act this statement accompanies ("rejected the offer, saying ..."), or null. */
    PositionDraft act;
    String date;
    private final List<RuleUse> trace = new ArrayList<>();

    PositionDraft(EntityNode speaker, String cue, Span cueSpan, Span content, Sentences sentence, double confidence,
                  CueLexicon.Cue cueEntry, int cueToken, int cueLast, List<Integer> contentTokens) {
        this.speaker = speaker;
        this.cue = cue;
        this.cueSpan = cueSpan;
        this.content = content;
        this.sentence = sentence;
        this.evidence = sentence.span();
        this.confidence = confidence;
        this.cueEntry = cueEntry;
        this.cueToken = cueToken;
        this.cueLast = cueLast;
        this.contentTokens = List.copyOf(contentTokens);
    }

    void by(Rule rule, RuleUse.Part part) {
        by(new RuleUse(rule.name(), part));
    }

    void by(RuleUse use) {
        if (!trace.contains(use)) trace.add(use);
    }

    List<RuleUse> trace() {
        return trace;
    }

    Position freeze(Map<EntityNode, Entity> frozen) {
        return new Position(speaker.freeze(frozen), cue, cueSpan, content, evidence, confidence,
                addressees.stream().map(e -> e.freeze(frozen)).toList(), targets.stream().map(e -> e.freeze(frozen)).toList(),
                List.copyOf(topics), stance, date, trace);
    }
}
