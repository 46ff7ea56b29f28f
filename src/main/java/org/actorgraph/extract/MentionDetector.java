package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the names in a sentence: organisations written as "the X movement", CoreNLP's named entities mapped to
 * our kinds with the gazetteer's help, and gazetteer names the tagger missed (it tags "Kyiv" as nothing).
 */
final class MentionDetector implements Rule {
    private static final Set<String> ORG_HEADS = WordLists.words("organization-heads.txt");
    private static final Set<String> TITLE_HEADS = WordLists.words("titles.txt");
    private static final Set<String> HONORIFICS = WordLists.words("honorifics.txt");
    private static final Set<String> GROUP_CODE_HEADS = WordLists.words("group-code-heads.txt");
    private final Gazetteer gaz = Gazetteer.get();

    @Override public String name() { return "mention.names"; }
    @Override public Phase phase() { return Phase.MENTIONS; }
    @Override public String description() { return "CoreNLP's named entities mapped to our kinds, \"the X movement\" names, and gazetteer names the tagger missed"; }

    List<Mention> detect(Sentences s) {
        List<Mention> out = new ArrayList<>();
        boolean[] used = new boolean[s.size()];
        Mention dateline = dateline(s);
        if (dateline != null) {
            out.add(dateline);
            mark(used, dateline.begin(), dateline.end());
        }
        namedOrganizations(s, out, used);
        listedNamesAcrossTags(s, out, used);
        for (CoreEntityMention em : s.sentence.entityMentions()) {
            List<CoreLabel> toks = em.tokens();
            int b = toks.get(0).index() - 1;
            int e = toks.get(toks.size() - 1).index();
            if (overlaps(used, b, e)) continue;
            Mention m = fromNer(s, em.entityType(), b, e);
            if (m != null) {
                out.add(m);
                mark(used, m.begin(), m.end());
            }
        }
        gazetteerNames(s, out, used);
        codedGroups(s, out, used);
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    /** "the Arise, France movement": capitalised words between "the" and an organisation noun. */
    private void namedOrganizations(Sentences s, List<Mention> out, boolean[] used) {
        for (int h = 2; h < s.size(); h++) {
            if (!ORG_HEADS.contains(s.word(h)) ) continue;
            int b = h - 1;
            while (b >= 0 && (Character.isUpperCase(s.word(b).charAt(0)) || s.word(b).equals(",") && b > 0 && Character.isUpperCase(s.word(b - 1).charAt(0)))) b--;
            if (b < 0 || !s.lemma(b).equals("the") || b + 1 >= h) continue;
            int first = b + 1;
            String name = s.text(first, h).replaceAll(",\\s*$", "");
            if (gaz.lookup(name) != null) continue;
            out.add(new Mention(s.index, first, h + 1, name, EntityKind.ORGANIZATION, name, null, false));
            mark(used, first, h + 1);
        }
    }

    private Mention fromNer(Sentences s, String type, int b, int e) {
        String text = s.text(b, e);
        // "He Lifeng", "Ma Zhaoxu": a family name spelled like a pronoun opens a tagged name; elsewhere a pronoun is none.
        for (int i = b; i < e; i++) if (s.isPronoun(i) && !(type.equals("PERSON") && i == b && e - b >= 2 && s.tag(b + 1).equals("NNP"))) return null;
        Gazetteer.Entry g = gaz.lookup(text);
        switch (type) {
            case "PERSON": {
                if (!capitalised(text)) return null;
                if (g != null) return fromGazetteer(s, b, e, text, g);
                // "Secretary of State Marco Rubio": the tagger reads "State" as part of the name.
                if (e - b >= 3 && b >= 2 && s.lemma(b - 1).equals("of") && s.ner(b - 2).equals("TITLE")) {
                    b++;
                    text = s.text(b, e);
                }
                // "Vice Premier He Weidong": mid-sentence, a capitalised word spelled like a pronoun is a family name.
                if (b >= 2 && s.isPronoun(b - 1) && Character.isUpperCase(s.word(b - 1).charAt(0)) && !s.word(b - 2).matches("[\"“‘'(]")) {
                    b--;
                    text = s.text(b, e);
                }
                // "President Recep Tayyip Erdoğan", "Sheikh Tamim bin Hamad Al Thani": the tagger may leave the first
                // names after a title untagged; untagged capitalised words (and particles) between a title and the
                // name it tagged belong to the name.
                int given = b;
                while (given > 0 && s.ner(given - 1).equals("O") && (untaggedNamePart(s, given - 1)
                        || SURNAME_PARTICLE_WORDS.contains(s.word(given - 1)))) given--;
                while (given < b && SURNAME_PARTICLE_WORDS.contains(s.word(given))) given++;
                if (given < b && given > 0 && s.ner(given - 1).equals("TITLE")) {
                    b = given;
                    text = s.text(b, e);
                }
                // "Marine Le Pen": a given name the tagger took for a title when no title word is in it; an honorific
                // ("Sheikh", "Sir") is no part of the name either.
                int first = b;
                // "President-elect Donald Trump": "elect" ends a hyphenated title, it starts no name.
                while (first > 0 && s.ner(first - 1).equals("TITLE") && s.tag(first - 1).equals("NNP")
                        && Character.isUpperCase(s.word(first - 1).codePointAt(0))) first--;
                boolean titled = first > 0 && s.lemma(first - 1).equals("of");
                for (int i = first; i < b; i++) titled |= TITLE_HEADS.contains(s.lemma(i)) || HONORIFICS.contains(s.lemma(i).toLowerCase(Locale.ROOT));
                if (!titled && first < b) {
                    b = first;
                    text = s.text(b, e);
                }
                // "André Corrêa do Lago": the tagger may stop a name before the particles of its surname.
                int end = e;
                while (end < s.size() && SURNAME_PARTICLE_WORDS.contains(s.word(end))) end++;
                if (end > e && end < s.size() && s.tag(end).equals("NNP") && Character.isUpperCase(s.word(end).codePointAt(0))
                        && s.ner(end).equals("O") && gaz.lookup(s.word(end)) == null) {
                    e = end + 1;
                    text = s.text(b, e);
                }
                // "Jean-Noël Barrot": the tagger may leave a hyphenated given name outside the name it tags.
                if (b >= 3 && s.tag(b - 2).equals("HYPH") && hyphenatedNamePart(s, b - 1) && hyphenatedNamePart(s, b - 3)) {
                    b -= 3;
                    text = s.text(b, e);
                }
                return new Mention(s.index, b, e, text, EntityKind.PERSON, text, null, false);
            }
            case "ORGANIZATION":
                if (g != null) return fromGazetteer(s, b, e, text, g);
                // "Turkey's Directorate of Communications": a listed country or place and its possessive, tagged
                // into the name, own the organisation and are no part of its name.
                for (int p = b + 1; p < e - 1; p++) {
                    if (!s.tag(p).equals("POS")) continue;
                    Gazetteer.Entry owner = gaz.lookup(s.text(b, p));
                    if (owner == null || owner.kind() != EntityKind.COUNTRY && owner.kind() != EntityKind.PLACE) break;
                    return fromNer(s, type, p + 1, e);
                }
                if (!capitalised(text)) return null;
                int joined = joinedBefore(s, b);
                if (joined < b) {
                    b = joined;
                    text = s.text(b, e);
                }
                return new Mention(s.index, b, e, text, EntityKind.ORGANIZATION, text, null, false);
            case "NATIONALITY": {
                String c = gaz.countryOfDemonym(text);
                return c == null ? null : new Mention(s.index, b, e, text, EntityKind.COUNTRY, c, null, true);
            }
            case "COUNTRY":
            case "CITY":
            case "STATE_OR_PROVINCE":
            case "LOCATION":
                if (g != null) return fromGazetteer(s, b, e, text, g);
                // "President António Costa": a name right after a person's title is a person's, whatever place it
                // sounds like.
                if (b > 0 && s.ner(b - 1).equals("TITLE") && TITLE_HEADS.contains(s.lemma(b - 1).toLowerCase(Locale.ROOT))
                        && IntStream.range(b, e).allMatch(i -> s.tag(i).equals("NNP"))) return fromNer(s, "PERSON", b, e);
                // "Western capitals": an adjective is not a place.
                if (e == b + 1 && s.tag(b).startsWith("JJ")) return null;
                if (!capitalised(text)) return null;
                return new Mention(s.index, b, e, text, type.equals("COUNTRY") ? EntityKind.COUNTRY : EntityKind.PLACE, text, null, false);
            default:
                return null;
        }
    }

    /**
     * "a Peace and Security Council meeting", "the Finnish Security and Intelligence Service": the tagger may take only
     * the words after "and" for the name. Capitalised words it tagged as nothing (or as a miscellaneous name), no
     * listed name among them, between "the" or "a" (and a nationality word) and that "and", open the same name. Where the words before "and"
     * are a name of their own ("Russia and the European Union", "Hamas and Islamic Jihad") they stay apart.
     */
    private int joinedBefore(Sentences s, int b) {
        if (b < 3 || !s.word(b - 1).equals("and")) return b;
        int r = b - 1;
        while (r > 0 && Character.isUpperCase(s.word(r - 1).codePointAt(0)) && (s.ner(r - 1).equals("O") || s.ner(r - 1).equals("MISC"))
                && gaz.lookup(s.word(r - 1)) == null && !TITLE_HEADS.contains(s.lemma(r - 1).toLowerCase(Locale.ROOT))) r--;
        if (r == b - 1 || r == 0) return b;
        // "the Finnish Security and ...": a nationality word may open the name.
        if (r > 1 && gaz.countryOfDemonym(s.word(r - 1)) != null && s.ner(r - 1).matches("O|MISC|NATIONALITY")) r--;
        return ARTICLES.contains(s.word(r - 1).toLowerCase(Locale.ROOT)) ? r : b;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private boolean untaggedNamePart(Sentences s, int i) {
        return s.tag(i).equals("NNP") && Character.isUpperCase(s.word(i).codePointAt(0)) && gaz.lookup(s.word(i)) == null
                && !TITLE_HEADS.contains(s.lemma(i).toLowerCase(Locale.ROOT));
    }

    private boolean hyphenatedNamePart(Sentences s, int i) {
        return s.tag(i).equals("NNP") && s.ner(i).equals("O") && Character.isUpperCase(s.word(i).codePointAt(0))
                && gaz.lookup(s.word(i)) == null;
    }

    private static final Set<String> LOWER_IN_NAMES = Set.of("de", "da", "do", "dos", "das", "del", "la", "le", "al", "el", "of", "on", "upon");

    /**
     * "RIO DE JANEIRO, July 7": a dateline, a sentence of its own with no verb, opens with the city in capitals, which
     * the tagger may take for an organisation. It is a place, named as the lists spell it or else in title case.
     */
    private Mention dateline(Sentences s) {
        int comma = -1;
        for (int t = 0; t < s.size(); t++) {
            if (s.isVerb(t)) return null;
            if (comma < 0 && s.word(t).equals(",")) comma = t;
        }
        if (comma < 1) return null;
        for (int t = 0; t < comma; t++) {
            String w = s.word(t);
            if (!w.chars().anyMatch(Character::isLetter) || !w.equals(w.toUpperCase(Locale.ROOT))) return null;
        }
        // The date follows, and perhaps a news agency in brackets: "GM, Chrysler offer buyouts" is a headline.
        boolean dated = false;
        boolean bracketed = false;
        for (int t = comma + 1; t < s.size(); t++) {
            String w = s.word(t);
            if (w.equals("-LRB-") || w.equals("(")) bracketed = true;
            else if (w.equals("-RRB-") || w.equals(")")) bracketed = false;
            else if (s.ner(t).equals("DATE")) dated = true;
            else if (!bracketed && !s.tag(t).equals(",") && !s.tag(t).equals(".")) return null;
        }
        if (!dated) return null;
        String text = s.text(0, comma);
        StringBuilder name = new StringBuilder();
        for (String w : text.split(" ")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (name.length() > 0) name.append(' ');
            if (name.length() > 0 && LOWER_IN_NAMES.contains(lower)) name.append(lower);
            else name.append(w.charAt(0)).append(lower.substring(1));
        }
        Gazetteer.Entry g = gaz.lookup(name.toString());
        if (g != null && g.kind() == EntityKind.PLACE) return fromGazetteer(s, 0, comma, text, g);
        return new Mention(s.index, 0, comma, text, EntityKind.PLACE, name.toString(), null, false);
    }

    private Mention fromGazetteer(Sentences s, int b, int e, String text, Gazetteer.Entry g) {
        return new Mention(s.index, b, e, text, g.kind(), g.name(), g.country(), false);
    }

    /**
     * "the Democratic Republic of Congo": the tagger may cut a listed name of several words into pieces of different
     * types ("Democratic" an ideology, "Republic of" a location, "Congo" a country), or tag only its end ("Republic
     * of Congo" in "Democratic Republic of Congo", another country's name). A listed name that holds every tagged
     * piece it touches is taken whole, before the pieces; one that cuts a tagged name is left to the tagger.
     */
    private void listedNamesAcrossTags(Sentences s, List<Mention> out, boolean[] used) {
        List<int[]> tagged = new ArrayList<>();
        for (CoreEntityMention em : s.sentence.entityMentions()) {
            List<CoreLabel> toks = em.tokens();
            tagged.add(new int[] {toks.get(0).index() - 1, toks.get(toks.size() - 1).index()});
        }
        for (int b = 0; b < s.size(); b++) {
            if (used[b] || !Character.isUpperCase(s.word(b).charAt(0))) continue;
            for (int e = Math.min(s.size(), b + gaz.longestName()); e > b + 1; e--) {
                if (overlaps(used, b, e)) continue;
                String text = s.text(b, e);
                Gazetteer.Entry g = gaz.lookup(text);
                if (g == null || g.kind() == EntityKind.PLACE || !holdsEveryTagTouched(tagged, b, e)) continue;
                out.add(fromGazetteer(s, b, e, text, g));
                mark(used, b, e);
                b = e - 1;
                break;
            }
        }
    }

    private static boolean holdsEveryTagTouched(List<int[]> tagged, int b, int e) {
        boolean touched = false;
        for (int[] t : tagged) {
            if (t[1] <= b || t[0] >= e) continue;
            if (t[0] < b || t[1] > e || t[0] == b && t[1] == e) return false;
            touched = true;
        }
        return touched;
    }

    /** A name made of capitals and digits, as armed groups and formats are often called: "M23", "E3". */
    static final Pattern CODE = Pattern.compile("\\p{Lu}{1,4}\\d{1,3}");
    /** What the tagger may have made of a code: nothing, a miscellaneous name, or an organisation. */
    private static final Set<String> CODE_TAGS = Set.of("O", "MISC", "ORGANIZATION");

    /**
     * "the M23 rebels", "the M23 rebel movement": a code the tagger left untagged, right before a noun for an armed or
     * political group ({@code group-code-heads.txt}), names that group. A code before other nouns is a model or a
     * road ("A400M aircraft", "M4 motorway").
     */
    private void codedGroups(Sentences s, List<Mention> out, boolean[] used) {
        for (int t = 0; t + 1 < s.size(); t++) {
            if (used[t] || !CODE.matcher(s.word(t)).matches() || !CODE_TAGS.contains(s.ner(t))) continue;
            if (!GROUP_CODE_HEADS.contains(s.word(t + 1).toLowerCase(Locale.ROOT))) continue;
            // The mention spans the nouns, so that "the M23 rebel movement" heads a name; the name is the code alone.
            int end = t + 1;
            while (end < s.size() && !used[end] && GROUP_CODE_HEADS.contains(s.word(end).toLowerCase(Locale.ROOT))) end++;
            out.add(new Mention(s.index, t, end, s.text(t, end), EntityKind.ORGANIZATION, s.word(t), null, false));
            mark(used, t, end);
        }
    }

    private void gazetteerNames(Sentences s, List<Mention> out, boolean[] used) {
        for (int b = 0; b < s.size(); b++) {
            if (used[b] || !Character.isUpperCase(s.word(b).charAt(0))) continue;
            for (int e = Math.min(s.size(), b + gaz.longestName()); e > b; e--) {
                if (overlaps(used, b, e)) continue;
                String text = s.text(b, e);
                Gazetteer.Entry g = gaz.lookup(text);
                Mention m = null;
                if (g != null) m = fromGazetteer(s, b, e, text, g);
                else if (e == b + 1 && s.tag(b).startsWith("JJ") || e == b + 1 && s.tag(b).startsWith("NNP")) {
                    String c = gaz.countryOfDemonym(text);
                    if (c != null) m = new Mention(s.index, b, e, text, EntityKind.COUNTRY, c, null, true);
                }
                if (m != null) {
                    out.add(m);
                    mark(used, b, e);
                    break;
                }
            }
        }
    }

    /**
     * A name starts with a capital, with a lower-case particle joined by a hyphen to a capitalised word, as Arabic
     * names are often written ("al-Qaida", "el-Sisi"), or with the particles of a surname ("de la Fuente"); other
     * lower-case spans the tagger offers are common nouns.
     */
    static boolean capitalised(String text) {
        return Character.isUpperCase(text.charAt(0)) || PARTICLE_NAME.matcher(text).lookingAt() || SURNAME_PARTICLES.matcher(text).lookingAt();
    }

    private static final Set<String> SURNAME_PARTICLE_WORDS = Set.of("de", "del", "della", "di", "da", "do", "dos", "das", "du",
            "van", "von", "der", "den", "la", "le", "ter", "bin", "ibn");

    /** "de la Fuente noted", "von der Leyen said": a surname may open with lower-case particles before its capital. */
    private static final java.util.regex.Pattern SURNAME_PARTICLES = java.util.regex.Pattern.compile(
            "(?:(?:" + String.join("|", SURNAME_PARTICLE_WORDS) + ") )+\\p{Lu}");

    private static final java.util.regex.Pattern PARTICLE_NAME = java.util.regex.Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}");

    private static boolean overlaps(boolean[] used, int b, int e) {
        for (int i = b; i < e; i++) if (used[i]) return true;
        return false;
    }

    private static void mark(boolean[] used, int b, int e) {
        for (int i = b; i < e; i++) used[i] = true;
    }
}
