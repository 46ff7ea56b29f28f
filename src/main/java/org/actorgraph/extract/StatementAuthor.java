package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import edu.stanford.nlp.pipeline.CoreDocument;
import org.actorgraph.nlp.NlpPipeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The author a statement's title names: "Statement by the High Representative/Vice-President Federica Mogherini on
 * ...", "Foreign Secretary statement on Syria", "Minister Ellwood statement on Mosul". Press releases of this kind
 * speak in the first person and may never name their author in the text, so "I" and "we" there, outside
 * quotations and other speakers' statements, are the author's.
 */
final class StatementAuthor implements Rule {
    private static final Set<String> NOUNS = WordLists.words("statement-title-nouns.txt");

    @Override public String name() { return "entity.statement-author"; }
    @Override public Phase phase() { return Phase.ENTITIES; }
    @Override public String description() { return "the person or body a statement's title names is the author of its first-person text"; }

    /** The author, or null when the title is not a statement's or names no one. */
    EntityNode of(String title, NlpPipeline nlp, MentionDetector detector, EntityRegistry registry, Actors actors, int lastSentence) {
        if (title == null || title.isBlank() || !mentionsStatement(title)) return null;
        CoreDocument doc = nlp.annotate(title, null);
        if (doc.sentences().isEmpty()) return null;
        Sentences s = new Sentences(doc.sentences().get(0), 0, title);
        for (int n = 0; n < s.size(); n++) {
            if (!s.tag(n).startsWith("NN") || !NOUNS.contains(s.lemma(n))) continue;
            int from = 0;
            int to = n;
            for (int by : s.children(n, "nmod")) {
                if (by > n && (s.hasCase(by, "by") || s.hasCase(by, "from"))) {
                    List<Integer> sub = s.subtree(by, Set.of());
                    from = sub.get(0);
                    to = sub.get(sub.size() - 1) + 1;
                }
            }
            // "CENTCOM commander's statement" is the commander's, not CENTCOM's.
            List<Mention> found = detector.detect(s);
            EntityNode author = named(registry, found, from, to, true);
            if (author == null) author = titled(registry, actors, lastSentence, s, from, to);
            if (author == null) author = named(registry, found, from, to, false);
            if (author != null) return author;
        }
        return null;
    }

    private static boolean mentionsStatement(String title) {
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (NOUNS.contains(w)) return true;
        return false;
    }

    /** A person named in the author's part of the title, or else an organisation or country. */
    private static EntityNode named(EntityRegistry registry, List<Mention> found, int from, int to, boolean person) {
        for (Mention m : found) {
            if (m.begin() < from || m.end() > to || m.demonym() || m.kind() == EntityKind.PLACE) continue;
            if ((m.kind() == EntityKind.PERSON) == person) return registry.entityNamed(m.kind(), m.name());
        }
        return null;
    }

    /** "Foreign Secretary statement": the person the text gives that title, or the article's holder of it. */
    private static EntityNode titled(EntityRegistry registry, Actors actors, int last, Sentences s, int from, int to) {
        int head = -1;
        for (int t = from; t < to; t++) if (Speakers.titleNoun(s, t)) head = t;
        if (head < 0) return null;
        int begin = head;
        while (begin > from && s.tag(begin - 1).startsWith("NN")) begin--;
        String title = s.text(begin, head + 1);
        EntityNode p = actors.personTitled(title, last);
        if (p == null) p = actors.personTitled(s.word(head), last);
        return p != null ? p : registry.titleHolder(title);
    }
}
