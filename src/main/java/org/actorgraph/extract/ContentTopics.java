package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;

import java.util.ArrayList;
import java.util.List;

/**
 * The topics of the SKOS scheme ({@code ontology/topics.ttl}) the content names by a trigger word, or, for a
 * relation topic, by a name of each side, the speaker's own country counting as named.
 */
final class ContentTopics implements DetailRule {
    static final Rule SIDES = Rule.named("topic.relation-sides", Phase.DETAILS,
            "a relation topic whose sides are both named, the speaker's country counting");

    static final Rule SENTENCE = Rule.named("topic.sentence", Phase.DETAILS,
            "for a content with no topic of its own, the topics its sentence names");
    static final Rule PARAGRAPH = Rule.named("topic.paragraph", Phase.DETAILS,
            "for a sentence with no topic either, the topics its paragraph names");

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
        // A statement with no trigger of its own is about what its sentence or paragraph is about: the nearer
        // that names a topic is taken, and only its trigger words count (not the speaker's country). The
        // article's title and lead were tried as a third step and named topics the statements were not about.
        if (!p.topics.isEmpty()) return;
        String[] texts = {p.sentence.span().of(view.text), view.paragraph(p.sentence.index).of(view.text)};
        Rule[] rules = {SENTENCE, PARAGRAPH};
        for (int i = 0; i < texts.length && p.topics.isEmpty(); i++) {
            for (TopicTagger.Match m : tagger.topicsOf(texts[i], List.of(), false)) {
                if (m.bySides()) continue;
                p.topics.add(m.iri());
                p.by(rules[i], RuleUse.Part.TOPICS);
            }
        }
    }
}
