package org.actorgraph.extract;

import org.actorgraph.article.Article;
import org.actorgraph.model.ArticleExtraction;
import org.actorgraph.model.Entity;
import org.actorgraph.model.EntityKind;
import org.actorgraph.model.Event;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.Position;
import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Span;
import org.actorgraph.model.Stance;

import java.util.Collection;
import java.util.List;

/**
 * Builds extractions by hand, without NLP, so that benchmark data goes through the converter's own
 * {@link org.actorgraph.graph.ArticleGraphMapper} and has exactly the layout converted articles have, rule traces
 * included. Only the benchmark uses it.
 */
public final class SyntheticExtractions {
    private static final List<RuleUse> POSITION_TRACE = List.of(new RuleUse("voice.subject-of-cue", RuleUse.Part.FOUND),
            new RuleUse("speaker.named", RuleUse.Part.SPEAKER), new RuleUse("stance.cue-lemma", RuleUse.Part.STANCE),
            new RuleUse("topic.content-triggers", RuleUse.Part.TOPICS), new RuleUse("date.article", RuleUse.Part.DATE));
    private static final List<RuleUse> EVENT_TRACE = List.of(new RuleUse("event.met-with", RuleUse.Part.FOUND),
            new RuleUse("event.met-with", RuleUse.Part.PARTICIPANTS), new RuleUse("event.place-in-at", RuleUse.Part.PLACE));

    private SyntheticExtractions() {}

    /** A named entity with its other names, titles, memberships and country. */
    public static Entity entity(EntityKind kind, String key, String label, Collection<String> altLabels,
                                Collection<String> titles, Collection<Entity> memberOf, Entity country) {
        return new Entity(kind, key, label, altLabels.stream().filter(a -> !a.equals(label)).distinct().toList(), List.of(),
                List.copyOf(titles), List.copyOf(memberOf), country, List.of(), true, null);
    }

    public static Position position(Entity speaker, String cue, Span cueSpan, Span content, Span sentence,
                                    double confidence, Stance stance, Collection<String> topics,
                                    Collection<Entity> addressees, Collection<Entity> targets) {
        return new Position(speaker, cue, cueSpan, content, sentence, confidence, List.copyOf(addressees),
                List.copyOf(targets), List.copyOf(topics), stance, null, POSITION_TRACE);
    }

    public static Event event(EventKind kind, String label, Span trigger, Span evidence, double confidence,
                              Collection<Entity> participants, Entity place, String date, String duration,
                              boolean planned) {
        return new Event(kind, label, List.copyOf(participants), evidence, trigger, confidence, place, date, duration,
                planned, EVENT_TRACE);
    }

    public static ArticleExtraction extraction(Article article, List<Entity> entities, List<Position> positions,
                                               List<Event> events) {
        return new ArticleExtraction(article, entities, List.of(), positions, events);
    }
}
