package org.actorgraph.model;

/**
 * One extraction rule's part in a finding: which rule, and what it decided. A position's trace says, for instance,
 * that {@code voice.subject-of-cue} found it, {@code speaker.named} resolved its speaker and {@code stance.cue-lemma}
 * set its stance, so a surprising position can be traced to the rule that made it.
 */
public record RuleUse(String rule, Part part) {
    /** What a rule decided about a finding. */
    public enum Part {
        FOUND, CONTENT, SPEAKER, STANCE, TOPICS, ADDRESSEE, TARGET, DATE, PARTICIPANTS, PLACE, STATUS
    }
}
