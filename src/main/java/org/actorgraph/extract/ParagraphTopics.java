package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** The topics each paragraph of an article names, in the order of the paragraphs. */
final class ParagraphTopics {
    private ParagraphTopics() {}

    static List<List<TopicTagger.Match>> of(ArticleView view, TopicTagger tagger) {
        List<List<TopicTagger.Match>> out = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < view.sentences.size(); i++) {
            int start = view.paragraphStart(i);
            if (start == last) continue;
            last = start;
            out.add(tagger.topicsOf(view.paragraph(i).of(view.text), List.of(), false));
        }
        return out;
    }
}
