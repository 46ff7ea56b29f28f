package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tagger reads each sentence on its own, so a name it tagged once may go untagged where it is written again
 * ("Al-Qaida's network …" then "we will not allow al-Qaida to grow"). A later span with the same words as a name
 * found elsewhere in the article, written as a name (see {@link MentionDetector#capitalised}), names the same actor.
 * Only names of two or more tokens are repeated, or a code of capitals and digits ("M23"): a single word the tagger
 * took once for a name ("Coalition", "SDK") is as often a common noun or a product, and repeating it repeats the
 * mistake. A person's last name standing alone
 * after the full name was given is that person, as in the string-match passes of multi-pass coreference; for a name
 * written family name first, its first word.
 */
final class RepeatedNames implements Rule {
    private static final Set<String> FAMILY_FIRST = WordLists.words("family-name-first.txt");

    @Override public String name() { return "mention.repeated-name"; }
    @Override public Phase phase() { return Phase.MENTIONS; }
    @Override public String description() { return "the words of a name found elsewhere in the article, or a person's last name alone after the full name, where the tagger saw nothing"; }

    /** "M23" of "the M23 rebels": a code names the group alone, wherever it is written. */
    private static boolean code(Mention m) {
        return MentionDetector.CODE.matcher(m.name()).matches() && m.text().startsWith(m.name());
    }

    /** The new mentions, in sentence order; {@code found} is every mention the other rules made. */
    List<Mention> find(List<Sentences> sentences, List<Mention> found) {
        List<Mention> names = new ArrayList<>();
        for (Mention m : found) {
            if (!m.demonym() && m.kind() != EntityKind.GROUP && (m.end() - m.begin() > 1 || code(m))) names.add(m);
        }
        List<Mention> out = new ArrayList<>();
        for (Sentences s : sentences) {
            boolean[] used = new boolean[s.size()];
            for (Mention m : found) if (m.sentence() == s.index) for (int i = m.begin(); i < m.end(); i++) used[i] = true;
            for (Mention name : names) {
                Sentences from = sentences.get(name.sentence());
                int n = code(name) ? 1 : name.end() - name.begin();
                for (int b = 0; b + n <= s.size(); b++) {
                    if (!sameWords(from, name.begin(), s, b, n) || anyUsed(used, b, b + n)) continue;
                    String text = s.text(b, b + n);
                    if (!MentionDetector.capitalised(text)) continue;
                    out.add(new Mention(s.index, b, b + n, text, name.kind(), name.name(), name.country(), false));
                    for (int i = b; i < b + n; i++) used[i] = true;
                }
            }
            surnames(s, names, used, out);
        }
        return out;
    }

    /**
     * "Olivier Nduhungirehe ... Nduhungirehe struck a more cautious tone": a word the tagger left alone, written as a
     * name, that is the last word of one person's name given earlier in the article (the first, for a family name
     * written first), and stands by itself (no other
     * name word beside it), is that person. Two people sharing the word ("Nawaz Sharif", "Shahbaz Sharif") leave it
     * to the tagger.
     */
    private static void surnames(Sentences s, List<Mention> names, boolean[] used, List<Mention> out) {
        for (int t = 0; t < s.size(); t++) {
            if (used[t] || !s.tag(t).equals("NNP") || t > 0 && s.tag(t - 1).startsWith("NNP") || t + 1 < s.size() && s.tag(t + 1).startsWith("NNP")) continue;
            Mention person = null;
            boolean shared = false;
            for (Mention m : names) {
                if (m.kind() != EntityKind.PERSON || !ArticleView.before(m, s.index, t)) continue;
                String[] words = m.text().split("\\s+");
                if (!words[words.length - 1].equals(s.word(t)) && !familyNameFirst(words, s.word(t))) continue;
                if (person != null && !person.name().equals(m.name())) shared = true;
                person = m;
            }
            if (person == null || shared) continue;
            out.add(new Mention(s.index, t, t + 1, s.word(t), EntityKind.PERSON, person.name(), person.country(), false));
            used[t] = true;
        }
    }

    /**
     * "Xi Jinping" ... "Xi", "Kim Jong-un" ... "Kim": in the traditions that write the family name first
     * ({@code family-name-first.txt}), the first word of the name is the one written alone.
     */
    private static boolean familyNameFirst(String[] words, String word) {
        return words.length > 1 && words[0].equals(word) && FAMILY_FIRST.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The same words, the first letter's case aside. */
    private static boolean sameWords(Sentences a, int ab, Sentences b, int bb, int n) {
        for (int i = 0; i < n; i++) {
            String x = a.word(ab + i), y = b.word(bb + i);
            if (i == 0 ? !(x.length() == y.length() && x.regionMatches(true, 0, y, 0, 1) && x.regionMatches(1, y, 1, x.length() - 1)) : !x.equals(y)) return false;
        }
        return true;
    }

    private static boolean anyUsed(boolean[] used, int b, int e) {
        for (int i = b; i < e; i++) if (used[i]) return true;
        return false;
    }
}
