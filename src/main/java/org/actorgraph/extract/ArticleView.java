package org.actorgraph.extract;

import org.actorgraph.article.Article;
import org.actorgraph.model.EntityKind;
import org.actorgraph.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * An article as the rules read it once its names are found: the parsed sentences and the mentions in them. It never
 * changes; what the rules conclude goes to {@link Findings}.
 */
final class ArticleView {
    final Article article;
    final String text;
    final List<Sentences> sentences;
    final List<Mention> mentions;
    private final List<Quotations.Quote> quotations;
    /** The topics each paragraph names, read once when a rule first asks: the theme and the context rules share them. */
    private List<List<TopicTagger.Match>> paragraphTopics;

    ArticleView(Article article, List<Sentences> sentences, List<Mention> mentions) {
        this.article = article;
        this.text = article.text();
        this.sentences = List.copyOf(sentences);
        this.mentions = List.copyOf(mentions);
        this.quotations = Quotations.in(text);
    }

    List<Quotations.Quote> quotations() {
        return quotations;
    }

    /** The topics each paragraph names, in the order of the paragraphs. */
    List<List<TopicTagger.Match>> paragraphTopics() {
        if (paragraphTopics == null) {
            TopicTagger tagger = TopicTagger.get();
            List<List<TopicTagger.Match>> out = new ArrayList<>();
            int last = -1;
            for (int i = 0; i < sentences.size(); i++) {
                int start = paragraphStart(i);
                if (start == last) continue;
                last = start;
                Span para = paragraph(i);
                // "The agreement sets up a commission": a paragraph referring back to a thing named before names it too.
                out.add(tagger.namedOrReferredTo(para.of(text), text.substring(0, para.begin())));
            }
            paragraphTopics = List.copyOf(out);
        }
        return paragraphTopics;
    }

    /** True when the character is inside a quotation. */
    boolean quoted(int at) {
        for (Quotations.Quote q : quotations) if (q.span().begin() <= at && at < q.span().end()) return true;
        return false;
    }

    Mention mentionAt(int sentence, int token) {
        for (Mention m : mentions) if (m.sentence() == sentence && m.covers(token)) return m;
        return null;
    }

    /** The mentions of people before this point of the article, first to last. */
    List<Mention> peopleBefore(int sentence, int token) {
        return mentions.stream().filter(m -> m.kind() == EntityKind.PERSON && before(m, sentence, token)).toList();
    }

    static boolean before(Mention m, int sentence, int token) {
        return m.sentence() < sentence || m.sentence() == sentence && m.begin() < token;
    }

    /** The first sentence of the paragraph holding this one: paragraphs are separated by line breaks. */
    int paragraphStart(int sentence) {
        int i = sentence;
        while (i > 0) {
            int gapFrom = sentences.get(i - 1).charEnd(sentences.get(i - 1).size() - 1);
            int gapTo = sentences.get(i).charBegin(0);
            if (text.substring(gapFrom, gapTo).contains("\n")) break;
            i--;
        }
        return i;
    }

    /** The text of the paragraph holding this sentence. */
    Span paragraph(int sentence) {
        int first = paragraphStart(sentence);
        int last = sentence;
        while (last + 1 < sentences.size() && paragraphStart(last + 1) == first) last++;
        return new Span(sentences.get(first).span().begin(), sentences.get(last).span().end());
    }
}
