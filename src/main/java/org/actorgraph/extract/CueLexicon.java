package org.actorgraph.extract;

import org.actorgraph.model.Stance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reporting verbs ({@code reporting-verbs.tsv}: lemma, particle, stance) and the words of feeling
 * ({@code stance-adjectives.tsv}) that make a statement, each with the stance it states itself, if any.
 */
final class CueLexicon {
    /**
     * A cue's lemma with its particle ("call on"), and the stance it states (neutral for "say"). A cue that cites a
     * source ("according to", "reported") passes on facts: its content's words give it no stance.
     */
    record Cue(String lemma, Stance stance, boolean citesSource) {
        Cue(String lemma, Stance stance) {
            this(lemma, stance, false);
        }
    }

    private static final Map<String, Cue> VERBS = new HashMap<>();
    private static final Map<String, Cue> FEELINGS = new HashMap<>();

    static {
        for (String[] row : WordLists.rows("reporting-verbs.tsv")) {
            String lemma = row[0].trim();
            String particle = row.length > 1 && !row[1].trim().equals("-") ? row[1].trim() : null;
            String given = row.length > 2 ? row[2].trim() : "neutral";
            boolean citesSource = given.equals("source");
            Stance stance = citesSource ? Stance.NEUTRAL : Stance.valueOf(given.toUpperCase(Locale.ROOT));
            String key = particle == null ? lemma : lemma + " " + particle;
            VERBS.put(key, new Cue(key, stance, citesSource));
        }
        for (String[] row : WordLists.rows("stance-adjectives.tsv")) {
            String word = row[0].trim().toLowerCase(Locale.ROOT);
            FEELINGS.put(word, new Cue(word, Stance.valueOf(row[1].trim().toUpperCase(Locale.ROOT))));
        }
    }

    private CueLexicon() {}

    /** True when the verb at this token is a reporting cue, alone or with the particle after it ("call on"). */
    static boolean cueAt(Sentences s, int t) {
        if (t + 1 < s.size() && verb(s.lemma(t) + " " + s.lemma(t + 1)) != null) return true;
        return verb(s.lemma(t)) != null && (!CHARACTERIZING.contains(s.lemma(t)) || characterizes(s, t));
    }

    private static final Set<String> CHARACTERIZING = WordLists.words("characterizing-verbs.txt");

    /**
     * "called the talks constructive", "labelled China a hostile force": a verb of characterising
     * ({@code characterizing-verbs.txt}) reports only with a small clause, a predicate adjective or noun, or a second
     * object; "Trump called Putin" and "called him to discuss trade" report nothing.
     */
    private static boolean characterizes(Sentences s, int t) {
        for (int c : s.children(t, "xcomp")) if (s.tag(c).startsWith("JJ") || s.tag(c).startsWith("NN")) return true;
        // "called the talks frank and constructive", parsed with the adjective on the noun: after it, it is a predicate.
        for (int o : s.children(t, "obj")) for (int a : s.children(o, "amod")) if (a > o) return true;
        // "called it “a good day for jobs”": two objects, the second saying what the first is.
        return !s.children(t, "iobj").isEmpty() && !s.children(t, "obj").isEmpty() || s.children(t, "obj").size() >= 2;
    }

    static Cue verb(String key) {
        return VERBS.get(key);
    }

    /** The cue, or a neutral one of the same name when the list does not have it. */
    static Cue verbOrNeutral(String key) {
        return VERBS.getOrDefault(key, new Cue(key, Stance.NEUTRAL));
    }

    static Cue feeling(String word) {
        return FEELINGS.get(word.toLowerCase(Locale.ROOT));
    }
}
