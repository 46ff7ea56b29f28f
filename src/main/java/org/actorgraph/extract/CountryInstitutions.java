package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Egypt's foreign ministry said", "the Turkish presidency said", "the Lebanese army said": an institution noun
 * ({@code institution-nouns.txt}) qualified by a country names that country's institution, which the tagger leaves
 * untagged or tags without its country ("the Egyptian Foreign Ministry" as "Foreign Ministry", which would make every
 * country's foreign ministry one organisation). The institution is named after the country's adjective
 * ("Egyptian Foreign Ministry") so that both ways of writing it name one organisation, and belongs to the country.
 */
final class CountryInstitutions implements Rule {
    private static final Set<String> INSTITUTIONS = WordLists.words("institution-nouns.txt");
    private static final Set<String> TITLE_HEADS = WordLists.words("titles.txt");
    private final Gazetteer gaz = Gazetteer.get();

    @Override public String name() { return "mention.country-institution"; }
    @Override public Phase phase() { return Phase.MENTIONS; }
    @Override public String description() { return "an institution noun (institution-nouns.txt) qualified by a country: \"Egypt's foreign ministry\""; }

    /** The sentence's mentions with its country institutions named; a bare "Foreign Ministry" is replaced. */
    List<Mention> apply(Sentences s, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found);
        for (int h = 0; h < s.size(); h++) {
            if (!s.tag(h).startsWith("NN") || !INSTITUTIONS.contains(s.lemma(h).toLowerCase(Locale.ROOT))) continue;
            if (s.tag(h).endsWith("S")) continue;
            Mention country = qualifier(s, h, found);
            if (country == null) continue;
            int b = h;
            while (b - 1 > country.end() - 1 && (s.relation(b - 1).equals("compound") || s.relation(b - 1).equals("amod")) && s.head(b - 1) == h) b--;
            Mention here = covering(found, b, h + 1);
            // Something else the tagger named stands here ("the Iraqi Security Forces" as a name of its own).
            if (here != null && !(here.kind() == EntityKind.ORGANIZATION && bareInstitution(s, here))) continue;
            if (here != null) out.remove(here);
            String adjective = country.demonym() ? s.text(country.begin(), country.end()) : gaz.demonymOf(country.name());
            String name = (adjective == null ? country.name() : adjective) + " " + titled(s, b, h + 1);
            out.add(new Mention(s.index, b, h + 1, s.text(b, h + 1), EntityKind.ORGANIZATION, name, country.name(), false));
        }
        titlesOffices(s, out);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            Mention country = departmentBeforeTitle(s, m, out);
            String adjective = country == null && m.kind() == EntityKind.ORGANIZATION && m.country() == null ? demonymFirst(s, m) : null;
            if (country != null) out.set(i, country);
            if (adjective != null) out.set(i, new Mention(m.sentence(), m.begin(), m.end(), m.text(), m.kind(), m.name(), adjective, false));
        }
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    /**
     * "the Prime Minister's Office said", "the President's Office": the office of a title is the organisation that
     * speaks for its holder, and the tagger rarely names it. A country before it ("the Israeli Prime Minister's
     * Office", "Israel's ...") is its country and opens its name, as for the other institutions.
     */
    private void titlesOffices(Sentences s, List<Mention> out) {
        for (int o = 2; o < s.size(); o++) {
            if (!s.word(o).equals("Office") || !s.tag(o - 1).equals("POS")) continue;
            int b = o - 1;
            while (b > 0 && Character.isUpperCase(s.word(b - 1).charAt(0)) && s.tag(b - 1).equals("NNP") && !named(out, b - 1)) b--;
            if (b == o - 1 || !TITLE_HEADS.contains(s.word(o - 2).toLowerCase(Locale.ROOT))) continue;
            Mention country = null;
            if (b > 0) {
                Mention before = covering(out, b - 1, b);
                if (before == null && b > 1 && s.tag(b - 1).equals("POS")) before = covering(out, b - 2, b - 1);
                if (before != null && before.kind() == EntityKind.COUNTRY) country = before;
            }
            int first = b, office = o;
            out.removeIf(m -> m.begin() <= office && first <= m.end() - 1 && m.kind() != EntityKind.COUNTRY);
            String text = s.text(b, o + 1);
            String adjective = country == null ? null : country.demonym() ? s.text(country.begin(), country.end()) : gaz.demonymOf(country.name());
            String name = adjective == null ? text : adjective + " " + text;
            out.add(new Mention(s.index, b, o + 1, text, EntityKind.ORGANIZATION, name, country == null ? null : country.name(), false));
        }
    }

    private static boolean named(List<Mention> found, int t) {
        Mention m = covering(found, t, t + 1);
        return m != null && (m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.PERSON);
    }

    /**
     * "U.S. Defense Secretary Pete Hegseth", tagged with "U.S. Defense" as an organisation: a country and a department
     * word before a title and a person's name are the person's country and part of the title, not a body.
     */
    private Mention departmentBeforeTitle(Sentences s, Mention m, List<Mention> found) {
        if (m.kind() != EntityKind.ORGANIZATION || m.end() - m.begin() < 2 || m.end() + 1 >= s.size()) return null;
        String next = s.word(m.end());
        if (!Character.isUpperCase(next.charAt(0)) || !TITLE_HEADS.contains(next.toLowerCase(Locale.ROOT))) return null;
        Mention person = covering(found, m.end() + 1, m.end() + 2);
        if (person == null || person.kind() != EntityKind.PERSON) return null;
        Gazetteer.Entry e = gaz.lookup(s.word(m.begin()));
        if (e == null || e.kind() != EntityKind.COUNTRY) return null;
        return new Mention(s.index, m.begin(), m.begin() + 1, s.word(m.begin()), EntityKind.COUNTRY, e.name(), null, false);
    }

    /**
     * "the Danish Foreign Ministry", tagged as one name with its adjective: an institution whose name opens with a
     * country's adjective belongs to that country.
     */
    private String demonymFirst(Sentences s, Mention m) {
        if (m.end() - m.begin() < 2 || !INSTITUTIONS.contains(s.lemma(m.end() - 1).toLowerCase(Locale.ROOT))) return null;
        return gaz.countryOfDemonym(s.word(m.begin()));
    }

    /** The country before the noun: its adjective, its possessive or a compound ("the Egypt office"). */
    private static Mention qualifier(Sentences s, int h, List<Mention> found) {
        for (int c = 0; c < h; c++) {
            if (s.head(c) != h) continue;
            String rel = s.relation(c);
            if (!rel.equals("amod") && !rel.equals("nmod:poss") && !rel.equals("compound")) continue;
            Mention m = covering(found, c, c + 1);
            if (m != null && m.kind() == EntityKind.COUNTRY) return m;
        }
        return null;
    }

    /** A name made only of lower-cased-able institution words: "Foreign Ministry", "Defence Ministry". */
    private static boolean bareInstitution(Sentences s, Mention m) {
        return INSTITUTIONS.contains(s.lemma(m.end() - 1).toLowerCase(Locale.ROOT)) && m.end() - m.begin() <= 3;
    }

    private static Mention covering(List<Mention> found, int b, int e) {
        for (Mention m : found) if (m.begin() < e && b < m.end()) return m;
        return null;
    }

    private static String titled(Sentences s, int b, int e) {
        StringBuilder out = new StringBuilder();
        for (int i = b; i < e; i++) {
            String w = s.word(i);
            if (out.length() > 0) out.append(' ');
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }
}
