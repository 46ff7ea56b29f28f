package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;

import java.util.ArrayList;
import java.util.List;

/**
 * The topics of the SKOS scheme ({@code ontology/topics.ttl}) the content names by a trigger word, or, for a
 * relation topic, by a name of each side, the speaker's own country counting as named. A statement with none of its
 * own takes those of its sentence, else its paragraph, if the article comes back to them: a topic named in fewer
 * than a third of the paragraphs ("the talks also touched on trade") was touched in passing and is no context for
 * the statements beside it. A general word ("talks") names no topic unrelated to the article's themes.
 */
final class ContentTopics implements DetailRule {
    static final Rule SIDES = Rule.named("topic.relation-sides", Phase.DETAILS,
            "a relation topic whose sides are both named, the speaker's country counting");

    static final Rule SENTENCE = Rule.named("topic.sentence", Phase.DETAILS,
            "for a content with no topic of its own, the topics its sentence names that the article comes back to");
    static final Rule PARAGRAPH = Rule.named("topic.paragraph", Phase.DETAILS,
            "for a sentence with no topic either, the topics its paragraph names that the article comes back to");

    static final Rule REFERENCE = Rule.named("topic.definite-reference", Phase.DETAILS,
            "\"the agreement\" in a content, or else in its sentence or paragraph, after the article named a \"peace agreement\"");

    /** A topic is context for statements near it when one paragraph in this many names it. */
    private static final int RECURRING_ONE_IN = 3;

    private final TopicTagger tagger = TopicTagger.get();
    private final ArticleTheme theme;

    ContentTopics(ArticleTheme theme) {
        this.theme = theme;
    }

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
        for (TopicTagger.Match m : tagger.topicsOf(p.content.of(view.text), context, true, theme.themesOf(view))) {
            p.topics.add(m.iri());
            p.by(m.bySides() ? SIDES : this, RuleUse.Part.TOPICS);
        }
        // A statement with no trigger of its own is about what its sentence or paragraph is about: the nearer
        // that names a topic is taken, and only its trigger words count (not the speaker's country). The
        // article's title and lead were tried as a third step and named topics the statements were not about.
        // "The agreement had to be honoured", in an article that named the "peace agreement" before: the
        // statement refers back to that thing, and so names its topic.
        String before = view.text.substring(0, p.content.begin());
        add(p, tagger.referredTo(p.content.of(view.text), before), REFERENCE);
        if (!p.topics.isEmpty()) return;
        String[] texts = {p.sentence.span().of(view.text), view.paragraph(p.sentence.index).of(view.text)};
        Rule[] rules = {SENTENCE, PARAGRAPH};
        for (int i = 0; i < texts.length && p.topics.isEmpty(); i++) {
            List<TopicTagger.Match> found = new ArrayList<>(tagger.topicsOf(texts[i], List.of(), false));
            found.removeIf(m -> !recurring(view, m.iri()));
            add(p, found, rules[i]);
            if (p.topics.isEmpty()) add(p, tagger.referredTo(texts[i], before), REFERENCE);
        }
    }

    private static boolean recurring(ArticleView view, String iri) {
        List<List<TopicTagger.Match>> named = view.paragraphTopics();
        long naming = named.stream().filter(inParagraph -> inParagraph.stream().anyMatch(m -> m.iri().equals(iri))).count();
        return naming * RECURRING_ONE_IN >= named.size();
    }

    private static void add(PositionDraft p, List<TopicTagger.Match> found, Rule rule) {
        for (TopicTagger.Match m : found) {
            if (m.bySides()) continue;
            p.topics.add(m.iri());
            p.by(rule, RuleUse.Part.TOPICS);
        }
    }
}
