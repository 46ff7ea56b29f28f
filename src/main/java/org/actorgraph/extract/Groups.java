package org.actorgraph.extract;

import org.actorgraph.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Unnamed groups that take part in events or are addressed: "told reporters", "met students and British
 * businesses", "urged all political parties". A plural noun is a group when it names people (CoreNLP's list of
 * animate nouns, shipped with its coreference models) or bodies ({@code collective-nouns.txt}); "met its targets"
 * names neither. A counting noun ("a number of ministers") stands for what it counts.
 */
final class Groups {
    private static final String ANIMATE_NOUNS = "/edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    private static final Set<String> ANIMATE = WordLists.words(ANIMATE_NOUNS);
    private static final Set<String> COLLECTIVE = WordLists.words("collective-nouns.txt");
    private static final Set<String> QUANTITY = WordLists.words("quantity-nouns.txt");
    private static final Set<String> BACK = Set.of("the", "these", "those", "both");
    /** Left dependents that belong in a group's name; determiners and possessives stay in its span only. */
    private static final Set<String> NAMING = Set.of("amod", "compound", "nummod");

    private Groups() {}

    /** The noun a participant phrase is about: "ministers" in "a number of ministers", else the token itself. */
    static int counted(Sentences s, int t) {
        if (!QUANTITY.contains(s.lemma(t))) return t;
        for (int n : s.children(t, "nmod")) if (s.hasCase(n, "of")) return n;
        return t;
    }

    /** True when the token heads a plural noun phrase for people or bodies that names no actor. */
    static boolean heads(ArticleView view, Sentences s, int t) {
        String tag = s.tag(t);
        String word = s.word(t).toLowerCase(Locale.ROOT);
        // The tagger takes capitalised plurals ("Soldiers", "Ministers") for names.
        boolean plural = tag.equals("NNS") || tag.equals("NNPS") || tag.equals("NNP") && word.endsWith("s") && ANIMATE.contains(word);
        if (!plural || view.mentionAt(s.index, t) != null || refersBack(s, t)) return false;
        return ANIMATE.contains(word) || COLLECTIVE.contains(s.lemma(t));
    }

    /**
     * "The presidents", "the two countries' leaders", "their counterparts": holders of a title the article has
     * already named, not a group of others.
     */
    private static boolean refersBack(Sentences s, int t) {
        if (!Speakers.titleNoun(s, t)) return false;
        int from = from(s, t);
        if (BACK.contains(s.lemma(from))) return true;
        for (int k = from; k < t; k++) if (s.tag(k).equals("PRP$") || s.tag(k).equals("POS")) return true;
        return false;
    }

    /** Where the noun phrase a token heads begins, leaving out its preposition. */
    private static int from(Sentences s, int t) {
        int from = t;
        for (int c : s.children(t, null)) {
            String rel = s.relation(c);
            if (c >= t || s.isPunct(c) || rel.equals("cc") || rel.equals("case")) continue;
            from = Math.min(from, firstOf(s, c));
        }
        return from;
    }

    /** The group a token heads, one node per name and article. */
    static EntityNode at(EntityRegistry registry, Sentences s, int t) {
        int nameFrom = t;
        for (int c : s.children(t, null)) {
            if (c < t && NAMING.contains(s.relation(c).split(":")[0])) nameFrom = Math.min(nameFrom, firstOf(s, c));
        }
        return registry.group(s.text(nameFrom, t + 1), new Span(s.charBegin(from(s, t)), s.charEnd(t)));
    }

    private static int firstOf(Sentences s, int c) {
        List<Integer> sub = s.subtree(c, Set.of());
        return sub.isEmpty() ? c : sub.get(0);
    }
}
