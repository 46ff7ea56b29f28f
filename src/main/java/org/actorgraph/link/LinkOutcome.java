package org.actorgraph.link;

import java.util.List;
import java.util.Locale;

/**
 * What linking decided for one entity.
 *
 * @param target     the entity
 * @param status     linked, or why not
 * @param chosen     the linked candidate, or the best one when not linked (null when there was none)
 * @param runnerUp   for an ambiguous entity, the candidate that scored too close to the best
 * @param candidates how many candidates the lookup returned
 */
public record LinkOutcome(LinkTarget target, Status status, Disambiguator.Scored chosen,
                          Disambiguator.Scored runnerUp, int candidates) {

    public enum Status {
        /** One candidate cleared the threshold and the margin. */
        LINKED,
        /** No item of the right type has one of the entity's names. */
        NO_MATCH,
        /** Candidates exist but none scores high enough. */
        BELOW_THRESHOLD,
        /** Two candidates score too close to tell apart. */
        AMBIGUOUS
    }

    static LinkOutcome noMatch(LinkTarget target, int candidates) {
        return new LinkOutcome(target, Status.NO_MATCH, null, null, candidates);
    }

    static LinkOutcome belowThreshold(LinkTarget target, Disambiguator.Scored best, int candidates) {
        return new LinkOutcome(target, Status.BELOW_THRESHOLD, best, null, candidates);
    }

    static LinkOutcome ambiguous(LinkTarget target, Disambiguator.Scored best, Disambiguator.Scored second,
                                 int candidates) {
        return new LinkOutcome(target, Status.AMBIGUOUS, best, second, candidates);
    }

    static LinkOutcome linked(LinkTarget target, Disambiguator.Scored best, int candidates) {
        return new LinkOutcome(target, Status.LINKED, best, null, candidates);
    }

    public boolean isLinked() {
        return status == Status.LINKED;
    }

    /** The linked Wikidata item IRI; only for a linked outcome. */
    public String item() {
        return chosen.candidate().iri();
    }

    /** One line for the user, e.g. {@code Sergey Lavrov -> Q130700 (0.85: label "Sergey Lavrov", country Russia)}. */
    public String describe() {
        String name = target.label() + " (" + target.kind().name().toLowerCase(Locale.ROOT) + ")";
        return switch (status) {
            case LINKED -> name + " -> " + chosen.candidate().qid() + " " + detail(chosen);
            case NO_MATCH -> name + ": no Wikidata item of this type with this name";
            case BELOW_THRESHOLD -> name + ": not linked, best " + chosen.candidate().qid() + " " + detail(chosen);
            case AMBIGUOUS -> name + ": ambiguous, " + chosen.candidate().qid() + " " + detail(chosen) + " and "
                    + runnerUp.candidate().qid() + " " + detail(runnerUp);
        };
    }

    private static String detail(Disambiguator.Scored s) {
        return "(" + String.format(Locale.ROOT, "%.2f", s.score()) + ": " + String.join(", ", s.reasons())
                + ")";
    }

    List<String> reasons() {
        return chosen == null ? List.of() : chosen.reasons();
    }
}
