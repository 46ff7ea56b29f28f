package org.actorgraph.extract;

import org.actorgraph.article.Article;

import java.util.Collection;
import java.util.List;

/**
 * Builds extractions by hand, without NLP, so that benchmark data goes through the converter's own
 * {@link org.actorgraph.graph.ArticleGraphMapper} and has exactly the layout converted articles have.
 * Only the benchmark uses it.
 */
public final class SyntheticExtractions {
    private SyntheticExtractions() {}

    /** A named entity with its other names, titles, memberships and country. */
    public static Entity entity(EntityKind kind, String key, String label, Collection<String> altLabels,
                                Collection<String> titles, Collection<Entity> memberOf, Entity country) {
        Entity e = new Entity(kind, key, label);
        e.markNamed();
        for (String alt : altLabels) e.addName(alt);
        e.titles().addAll(titles);
        e.memberOf().addAll(memberOf);
        e.country(country);
        return e;
    }

    public static Position position(Entity speaker, String cue, Span cueSpan, Span content, Span sentence,
                                    double confidence, Stance stance, Collection<String> topics,
                                    Collection<Entity> addressees, Collection<Entity> targets) {
        Position p = new Position(speaker, cue, cueSpan, content, sentence, confidence);
        p.stance = stance;
        p.topics.addAll(topics);
        p.addressees.addAll(addressees);
        p.targets.addAll(targets);
        return p;
    }

    public static Event event(EventKind kind, String label, Span trigger, Span evidence, double confidence,
                              Collection<Entity> participants, Entity place, String date, String duration,
                              boolean planned) {
        Event e = new Event(kind, label, trigger, evidence, confidence);
        e.participants.addAll(participants);
        e.place = place;
        e.date = date;
        e.duration = duration;
        e.planned = planned;
        return e;
    }

    public static ArticleExtraction extraction(Article article, List<Entity> entities, List<Position> positions,
                                               List<Event> events) {
        return new ArticleExtraction(article, entities, List.of(), positions, events);
    }
}
