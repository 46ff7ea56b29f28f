package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the whole article is about: a topic that the lead paragraph names, and at least half of the article's
 * paragraphs and a quarter of its sentences name, is its theme, and every statement in it is read in that context; a
 * paragraph or sentence referring back to the thing ("the agreement" after "a peace agreement") names it too. In an
 * article on a Gaza truce, a
 * minister's "we will hold each side to what it signed" is about the truce although it names no trigger word. A
 * relation between two sides is such a theme only when the sides act together in the article's first sentence, one
 * subject naming both ("The United States and China agreed", "U.S. and Chinese officials said"): then the story is
 * their dealings with each other, and "the talks went extremely well" is about China-US relations. One side speaking
 * of the other there ("Russia's foreign minister said Western capitals") makes the relation something the story
 * touches, not its theme. An
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

    Set<String> themesOf(ArticleView view) {
        if (view != seen) {
            seen = view;
            themes = themes(view);
        }
        return themes;
    }

    private Set<String> themes(ArticleView view) {
        List<List<TopicTagger.Match>> paragraphs = view.paragraphTopics();
        if (paragraphs.size() < MIN_PARAGRAPHS) return Set.of();
        Set<String> sidesActing = sidesActingTogether(view);
        Map<String, Integer> count = new HashMap<>();
        Set<String> lead = new LinkedHashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Set<String> named = new LinkedHashSet<>();
            for (TopicTagger.Match m : paragraphs.get(i)) {
                if (!m.bySides() || sidesActing.contains(m.iri())) named.add(m.iri());
            }
            if (i == 0) lead.addAll(named);
            for (String iri : named) count.merge(iri, 1, Integer::sum);
        }
        Map<String, Integer> inSentences = new HashMap<>();
        for (Sentences s : view.sentences) {
            for (TopicTagger.Match m : tagger.namedOrReferredTo(s.span().of(view.text), view.text.substring(0, s.span().begin()))) {
                if (!m.bySides() || sidesActing.contains(m.iri())) inSentences.merge(m.iri(), 1, Integer::sum);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String iri : lead) {
            if (count.get(iri) >= MIN_SHARE * paragraphs.size()
                    && inSentences.getOrDefault(iri, 0) >= MIN_SENTENCE_SHARE * view.sentences.size()) out.add(iri);
        }
        return out;
    }

    /** Relation topics whose two sides are both named in one subject of the article's first sentence. */
    private Set<String> sidesActingTogether(ArticleView view) {
        // The lead: the first sentence with a verb, a dateline ("GENEVA, May 12") being a sentence of its own.
        Sentences first = view.sentences.stream().filter(s -> IntStream.range(0, s.size()).anyMatch(s::isVerb)).findFirst().orElse(null);
        if (first == null) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        // Any clause's subject: the parser may leave a root that is no verb.
        for (int subj = 0; subj < first.size(); subj++) {
            if (!first.relation(subj).startsWith("nsubj")) continue;
            List<Integer> toks = first.subtree(subj, Set.of());
            String subject = first.text(toks.get(0), toks.get(toks.size() - 1) + 1);
            for (TopicTagger.Match m : tagger.topicsOf(subject, List.of(), false)) if (m.bySides()) out.add(m.iri());
        }
        return out;
    }
}
