package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every mention its entity, one per kind and name: a surname alone joins the person the article names in
 * full ("Lavrov" after "Sergey Lavrov"), a gazetteer name brings its country, and a capital acting in its clause
 * stands for its country.
 */
final class SurnameJoining implements Rule {
    @Override public String name() { return "entity.surname-joins-full-name"; }
    @Override public Phase phase() { return Phase.ENTITIES; }
    @Override public String description() { return "one entity per kind and name; a surname alone is the person named in full"; }

    /**
     * "a meeting between Trump, Azerbaijani President Ilham Aliyev and ...": the tagger may read a person the article
     * names in full as an organisation where the name stands alone in a list, and an unfamiliar surname standing alone
     * as a place ("Gatete struck a cautious tone"). A name that is a person's full name or surname elsewhere in the
     * article, and nothing the gazetteer knows, is that person.
     */
    static void personsTaggedAsOrganizations(List<Mention> mentions) {
        Set<String> people = new HashSet<>();
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PERSON) continue;
            String[] words = m.name().split("\\s+");
            if (words.length < 2) continue;
            people.add(m.name());
            people.add(words[words.length - 1]);
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            boolean placeWord = m.kind() == EntityKind.PLACE && m.end() - m.begin() == 1;
            if (m.kind() != EntityKind.ORGANIZATION && !placeWord || m.country() != null || !people.contains(m.name())) continue;
            if (Gazetteer.get().lookup(m.name()) != null) continue;
            mentions.set(i, new Mention(m.sentence(), m.begin(), m.end(), m.text(), EntityKind.PERSON, m.name(), null, false));
        }
    }

    void apply(List<Mention> mentions, EntityRegistry registry, Actors actors) {
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PERSON) continue;
            String[] words = m.name().split("\\s+");
            if (words.length > 1) registry.surname(words[words.length - 1], m.name());
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            EntityNode e = m.kind() == EntityKind.PERSON ? registry.entity(EntityKind.PERSON, fullName(mentions, i))
                    : registry.entity(m.kind(), m.name());
            // "Indian Prime Minister Narendra Modi" does not name India: a nationality word gives the person a
            // country, and makes the country one of the article's actors only if it speaks or takes part itself.
            if (!m.demonym()) e.markNamed();
            e.addName(m.demonym() ? null : m.text());
            registry.bind(m, e);
            if (m.country() != null) e.country(registry.entity(EntityKind.COUNTRY, m.country()));
        }
        for (Mention m : mentions) if (m.kind() == EntityKind.PLACE) actors.actorOf(m);
    }

    /**
     * "Lavrov said", "de la Fuente noted", "von der Leyen said": a name that a longer name of a person ends with is
     * that person, the nearest one before. Arabic surnames are written with and without their article: "Sisi said"
     * after "Abdel Fattah al-Sisi", "Shibani" after "Asaad al-Shibani".
     */
    private static String surnameOfWords(List<Mention> mentions, int at, String name) {
        java.util.regex.Pattern withArticle = java.util.regex.Pattern.compile(
                "\\s(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh)-" + java.util.regex.Pattern.quote(name) + "$");
        return nearest(mentions, at, name, full -> full.endsWith(" " + name) || withArticle.matcher(full).find());
    }

    /** The full name that fits, the nearest one before the mention, else the first one after; or the name itself. */
    private static String nearest(List<Mention> mentions, int at, String name, java.util.function.Predicate<String> fits) {
        String found = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.kind() != EntityKind.PERSON || !fits.test(m.name())) continue;
            if (i < at || found == null) found = m.name();
            if (i > at) break;
        }
        return found == null ? name : found;
    }

    /**
     * "Lin said", after "Foreign Minister Lin Chia-lung": where the family name comes first, as in Chinese and Korean
     * names, a name alone that is no one's last word is the first word of the person named in full, the nearest one
     * before it (two people may share a family name), else the first one after it.
     */
    private static String fullName(List<Mention> mentions, int at) {
        String name = mentions.get(at).name();
        // "Silva told reporters" after "Environment Minister Marina Silva", in an article that named "Lula da Silva"
        // first: of two people sharing a surname, the nearest one before.
        String joined = surnameOfWords(mentions, at, name);
        if (!joined.equals(name) || name.contains(" ")) return joined;
        String familyFirst = nearest(mentions, at, name, full -> full.startsWith(name + " "));
        return !familyFirst.equals(name) ? familyFirst : innerName(mentions, at, name);
    }

    /**
     * "Lula said", after "President Luiz Inácio Lula da Silva": a name alone that is neither the first nor the last
     * word of anyone's full name, but a word inside one of three words or more, is the name that person goes by.
     */
    private static String innerName(List<Mention> mentions, int at, String name) {
        return nearest(mentions, at, name, full -> {
            String[] words = full.split("\\s+");
            for (int w = 1; w < words.length - 1; w++) if (words[w].equals(name)) return true;
            return false;
        });
    }
}
