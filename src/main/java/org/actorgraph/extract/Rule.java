package org.actorgraph.extract;

/**
 * A named extraction rule. Its name ("voice.subject-of-cue", "stance.cue-lemma") is stable: it is written on what the
 * rule made, in the graph and in {@code actorgraph explain}, so a wrong finding can be traced to the rule behind it.
 */
public interface Rule {
    /** The stable name: the phase's word, a dot, and what the rule reads. */
    String name();

    Phase phase();

    /** One sentence on what the rule reads and what it concludes. */
    String description();

    /** A rule that decides one part of what another rule's class finds, and needs no class of its own. */
    static Rule named(String name, Phase phase, String description) {
        return new Named(name, phase, description);
    }

    /** A rule known by its name, phase and description alone. */
    record Named(String name, Phase phase, String description) implements Rule {}
}
