package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the whole article is about: a topic that the lead paragraph names, and at least half of the article's
 * paragraphs and a quarter of its sentences name, is its theme, and every statement in it is read in that context. In an article on a Gaza truce, a
 * minister's "we will hold each side to what it signed" is about the truce although it names no trigger word. An
 * article of fewer than {@value #MIN_PARAGRAPHS} paragraphs has too little text to tell a theme from a mention.
 */
final class ArticleTheme implements DetailRule {
    /** Share of the paragraphs that must name the topic. */
    private static final double MIN_SHARE = 0.5;
    private static final int MIN_PARAGRAPHS = 3;
    /** Share of the sentences that must name it: in long paragraphs, a topic named twice is no theme. */
    private static final double MIN_SENTENCE_SHARE = 0.25;

    private final TopicTagger tagger = TopicTagger.get();
    /** The themes of the article read last: a rule object serves one article at a time. */
    private ArticleView seen;
    private Set<String> themes = Set.of();

    @Override public String name() { return "topic.article-theme"; }
    @Override public String description() { return "a topic the lead, half of the paragraphs and a quarter of the sentences name, for every statement in it"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        for (String iri : themesOf(view)) {
            if (p.topics.add(iri)) p.by(this, RuleUse.Part.TOPICS);
        }
    }

    private Set<String> themesOf(ArticleView view) {
        if (view != seen) {
            seen = view;
            themes = themes(view);
        }
        return themes;
    }

    private Set<String> themes(ArticleView view) {
        List<String> paragraphs = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < view.sentences.size(); i++) {
            int start = view.paragraphStart(i);
            if (start == last) continue;
            last = start;
            paragraphs.add(view.paragraph(i).of(view.text));
        }
        if (paragraphs.size() < MIN_PARAGRAPHS) return Set.of();
        Map<String, Integer> count = new HashMap<>();
        Set<String> lead = new LinkedHashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Set<String> named = new LinkedHashSet<>();
            for (TopicTagger.Match m : tagger.topicsOf(paragraphs.get(i), List.of(), false)) if (!m.bySides()) named.add(m.iri());
            if (i == 0) lead.addAll(named);
            for (String iri : named) count.merge(iri, 1, Integer::sum);
        }
        Map<String, Integer> inSentences = new HashMap<>();
        for (Sentences s : view.sentences) {
            for (TopicTagger.Match m : tagger.topicsOf(s.span().of(view.text), List.of(), false)) if (!m.bySides()) inSentences.merge(m.iri(), 1, Integer::sum);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String iri : lead) {
            if (count.get(iri) >= MIN_SHARE * paragraphs.size()
                    && inSentences.getOrDefault(iri, 0) >= MIN_SENTENCE_SHARE * view.sentences.size()) out.add(iri);
        }
        return out;
    }
}
