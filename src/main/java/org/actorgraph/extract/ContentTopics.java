package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;

import java.util.ArrayList;
import java.util.List;

/**
 * The topics of the SKOS scheme ({@code ontology/topics.ttl}) the content names by a trigger word, or, for a
 * relation topic, by a name of each side, the speaker's own country counting as named.
 */
final class ContentTopics implements DetailRule {
    static final Rule SIDES = new Rule() {
        @Override public String name() { return "topic.relation-sides"; }
        @Override public Phase phase() { return Phase.DETAILS; }
        @Override public String description() { return "a relation topic whose sides are both named, the speaker's country counting"; }
    };

    private final TopicTagger tagger = TopicTagger.get();

    @Override public String name() { return "topic.content-triggers"; }
    @Override public String description() { return "a topic whose label or trigger word the content contains"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        List<String> context = new ArrayList<>();
        EntityNode home = p.speaker.kind() == org.actorgraph.model.EntityKind.COUNTRY ? p.speaker : p.speaker.country();
        if (home != null) {
            context.add(home.label());
            context.addAll(home.altLabels());
        }
        for (TopicTagger.Match m : tagger.topicsOf(p.content.of(view.text), context)) {
            p.topics.add(m.iri());
            p.by(m.bySides() ? SIDES : this, RuleUse.Part.TOPICS);
        }
    }
}
