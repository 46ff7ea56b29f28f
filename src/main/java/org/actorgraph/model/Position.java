package org.actorgraph.model;

import java.util.List;

/**
 * One position an actor stated, as one article reports it.
 *
 * @param cue        the reporting verb's lemma, with its particle: "say", "call on"
 * @param cueSpan    where the reporting verb or phrase stands
 * @param confidence how sure the rules that found the position are of its speaker and, when it has one, its stance
 * @param topics     IRIs of the topics the content is about
 * @param date       the day the position was stated (xsd:date, or xsd:gMonthDay without a year): the day said of the
 *                   cue ("said on Tuesday"), else the article's date; null when neither is known or the cue names a
 *                   time that is not a day ("said in October")
 * @param trace      the rules that made the position and set each of its parts
 */
public record Position(Entity speaker, String cue, Span cueSpan, Span content, Span sentence, double confidence,
                       List<Entity> addressees, List<Entity> targets, List<String> topics, Stance stance, String date,
                       List<RuleUse> trace) {
    public Position {
        addressees = List.copyOf(addressees);
        targets = List.copyOf(targets);
        topics = List.copyOf(topics);
        trace = List.copyOf(trace);
    }
}
