package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.NameKeys;
import org.actorgraph.nlp.DbpediaIris;
import org.actorgraph.nlp.WikiTitleIndex;
import org.actorgraph.nlp.WikiTitles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Links people, organisations, countries and places to DBpedia through the Wikipedia titles their names link to.
 * A wrong link is worse than none, so a title is taken only when it fits the entity:
 * <ul>
 * <li>only names of the entity itself are looked up: its label, the names the article gave it, and the gazetteer's
 *     names for the same entry. Nationality adjectives and titles never become names, and a name the gazetteer gives
 *     to something else (the capital "Moscow" standing for Russia) is left out;</li>
 * <li>the title must have at least {@value #MIN_SCORE} of the name's links ({@value #MIN_SURNAME_SCORE} for a bare
 *     surname), and must not be a disambiguation page or a list;</li>
 * <li>a person's title must end in the person's surname and, when both give one, begin with the same initial;
 *     full names are looked up before a bare surname is;</li>
 * <li>an organisation's, country's or place's title must be one of its names (spelling and case aside), with a
 *     qualifier only where it cannot mislead ("Georgia_(country)", a city qualified by its country), or, for an
 *     organisation, spell out its acronym ("EU", "European_Union"). So a dictionary that maps "Kyiv" to the older
 *     page "Kiev" gives no link rather than one to a redirect;</li>
 * <li>seats of power ("the Kremlin") are never linked: the page is about the building, the node is a government.</li>
 * </ul>
 * For an entity the lists know, the title of its fullest listed name that passes wins; otherwise the best-scoring
 * title that passes does. People and organisations outside the gazetteer then take their key and
 * label from the title, so that articles naming them differently meet in one node.
 */
public final class EntityLinker {
    /** Least share of a name's links that must go to the title. */
    static final double MIN_SCORE = 0.5;
    /** A surname alone is shared by more people: it must point more firmly at one of them. */
    static final double MIN_SURNAME_SCORE = 0.75;

    private static final Set<String> ORG_HEADS = WordLists.words("organization-heads.txt");
    /** Qualifiers of pages about names and works, which a person's name also leads to. */
    private static final Set<String> NOT_A_PERSON = Set.of("name", "surname", "given name", "film", "album", "song",
            "novel", "book", "band", "TV series", "play", "opera", "ship", "video game", "magazine", "newspaper", "company");

    private final WikiTitleIndex index;
    /** Old title to current title, for pages that moved after the dictionary was compiled. */
    private static final Map<String, String> MOVED = WordLists.rows("moved-titles.tsv").stream()
            .collect(Collectors.toMap(row -> row[0].trim(), row -> row[1].trim()));

    static final Rule RULE = Rule.named("link.dbpedia-title", Phase.LINKS,
            "the Wikipedia title an entity's names link to, when it fits the entity's kind and names");
    private final Gazetteer gaz = Gazetteer.get();

    public EntityLinker(WikiTitleIndex index) {
        this.index = index;
    }

    /** A linker over the title index of this JVM, built on first use (see {@link WikiTitles}). */
    public static EntityLinker offline() {
        return offline(line -> { });
    }

    /** As {@link #offline()}, announcing a first-run build of the index to {@code notice}. */
    public static EntityLinker offline(java.util.function.Consumer<String> notice) {
        return new EntityLinker(WikiTitles.get(notice).index());
    }

    /** Adds DBpedia links to the article's entities, and renames the ones the link identifies better than the text. */
    void link(List<EntityNode> entities) {
        Set<String> keys = new HashSet<>();
        for (EntityNode e : entities) keys.add(e.kind() + "/" + e.key());
        for (EntityNode e : entities) {
            // "Foreign Secretary" names an office, not the person who held it in this article.
            if (e.scope() != null) continue;
            String title = titleOf(e);
            if (title == null) continue;
            e.sameAs().add(DbpediaIris.of(title));
            if (gaz.namesOf(e.kind(), e.label()).isEmpty() && e.kind() != EntityKind.PLACE) rename(e, title, keys);
        }
    }

    private static void rename(EntityNode e, String title, Set<String> keys) {
        String name = title.replace('_', ' ');
        boolean person = e.kind() == EntityKind.PERSON;
        String label = person ? NameKeys.foldPersonName(core(name)) : core(name);
        String key = person ? NameKeys.personKey(name) : NameKeys.slug(name);
        // Two entities of one article must not become one node by the back door.
        if (key.equals(e.key()) || !keys.add(e.kind() + "/" + key)) return;
        e.rename(key, label);
    }

    /** The Wikipedia title of the entity, or null when no name gives one that fits. */
    String titleOf(EntityNode e) {
        List<String> names = names(e);
        if (names.isEmpty()) return null;
        // Of the names the lists give an entry, the fullest says best which page is the entry's: "Gaza" and
        // "Washington" also lead to other pages, "Gaza Strip" and "Washington, D.C." do not.
        List<String> listed = new ArrayList<>(gaz.namesOf(e.kind(), e.label()));
        listed.retainAll(names);
        listed.sort(Comparator.comparingInt((String n) -> n.split(" ").length).thenComparingInt(String::length).reversed());
        for (String name : listed) {
            WikiTitleIndex.Hit hit = lookup(name);
            if (hit != null && fits(e, name, hit, names)) return hit.title();
        }
        String best = null;
        double bestScore = 0;
        for (String name : names) {
            WikiTitleIndex.Hit hit = lookup(name);
            if (hit == null || hit.score() <= bestScore || !fits(e, name, hit, names)) continue;
            best = hit.title();
            bestScore = hit.score();
        }
        return best;
    }

    /** The dictionary's title for the name, moved to the page's current title. */
    private WikiTitleIndex.Hit lookup(String name) {
        WikiTitleIndex.Hit found = index.lookup(name);
        return found == null ? null : new WikiTitleIndex.Hit(MOVED.getOrDefault(found.title(), found.title()), found.score());
    }

    /** The names to look up: the entity's own, never a demonym, a seat of power or another entry's name. */
    private List<String> names(EntityNode e) {
        Set<String> all = new LinkedHashSet<>();
        all.add(e.label());
        all.addAll(e.altLabels());
        Set<String> listed = gaz.namesOf(e.kind(), e.label());
        all.addAll(listed);
        List<String> out = new ArrayList<>();
        for (String n : all) {
            String name = n.startsWith("the ") ? n.substring(4) : n;
            if (gaz.seatOfPower(name)) return List.of();
            if (name.isBlank() || !Character.isUpperCase(name.codePointAt(0))) continue;
            if (gaz.countryOfDemonym(name) != null) continue;
            Gazetteer.Entry g = gaz.lookup(name);
            // A city-state's name is its own, though the lists also file it as the capital ("Vatican City").
            if (g != null && !listed.contains(name) && (g.kind() != e.kind() || !gaz.namesOf(g.kind(), g.name()).contains(e.label()) && !g.name().equals(e.label()))) continue;
            out.add(name);
        }
        if (e.kind() == EntityKind.PERSON && out.stream().anyMatch(n -> n.contains(" "))) {
            out.removeIf(n -> !n.contains(" "));
        }
        return out;
    }

    private boolean fits(EntityNode e, String name, WikiTitleIndex.Hit hit, List<String> names) {
        String title = hit.title().replace('_', ' ');
        boolean surnameOnly = e.kind() == EntityKind.PERSON && !name.contains(" ");
        if (hit.score() < (surnameOnly ? MIN_SURNAME_SCORE : MIN_SCORE)) return false;
        if (title.endsWith("(disambiguation)") || title.startsWith("List of ") || title.startsWith("Lists of ")) return false;
        return switch (e.kind()) {
            case PERSON -> personFits(name, title) && !NOT_A_PERSON.contains(qualifier(title));
            case ORGANIZATION -> (nameFits(title, names) && !commonNounPage(name, core(title))
                    || acronymOf(name, core(title)) && sharesWordWithFullName(core(title), names))
                    && organizationQualifierFits(qualifier(title));
            case COUNTRY -> nameFits(title, names) && qualifier(title).matches("|country");
            case PLACE -> nameFits(title, names) && placeQualifierFits(e, qualifier(title))
                    || title.contains(", ") && nameFits(title.substring(0, title.indexOf(", ")), names)
                            && placeQualifierFits(e, title.substring(title.indexOf(", ") + 2));
            case GROUP -> false;
        };
    }

    /** "Sergey_Lavrov" fits "Sergei Lavrov" and "Lavrov"; "Fyodor_Fyodorovich_Ushakov" does not fit "Yuri Ushakov". */
    private static boolean personFits(String name, String title) {
        String[] have = NameKeys.fold(NameKeys.foldPersonName(name)).split(" ");
        String[] page = NameKeys.fold(NameKeys.foldPersonName(core(title))).split(" ");
        // A one-word page is a surname, a given name or something else; a person's page gives a full name.
        if (page.length < 2 || !have[have.length - 1].equals(page[page.length - 1])) return false;
        return have.length == 1 || have[0].charAt(0) == page[0].charAt(0);
    }

    private static boolean nameFits(String title, List<String> names) {
        String c = NameKeys.fold(core(title));
        String whole = NameKeys.fold(title);
        for (String n : names) {
            String f = NameKeys.fold(n);
            if (f.equals(whole) || f.equals(c)) return true;
        }
        return false;
    }

    /** "National Assembly (France)", "Labour Party (UK)" or "Fatah (party)"; not "Arise (album)". */
    private boolean organizationQualifierFits(String qualifier) {
        if (qualifier.isEmpty() || gaz.lookup(qualifier) != null) return true;
        String last = qualifier.substring(qualifier.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return ORG_HEADS.contains(last) || Set.of("party", "organization", "organisation", "company", "agency", "newspaper").contains(last);
    }

    /** "Geneva", "Hyderabad (city)"; "Nancy (France)" or "Nancy, France" only for a Nancy known to lie in France. */
    private static boolean placeQualifierFits(EntityNode e, String qualifier) {
        if (qualifier.isEmpty() || qualifier.equals("city")) return true;
        return e.country() != null && qualifier.equals(e.country().label());
    }

    /**
     * "Islamic state" is a page about a kind of state, not the group "Islamic State": a body's name whose capitalised
     * words the title writes in lower case names a thing of that kind.
     */
    private static boolean commonNounPage(String name, String title) {
        String[] n = name.split(" ");
        String[] p = title.split(" ");
        if (n.length != p.length) return false;
        for (int i = 0; i < n.length; i++) {
            if (n[i].isEmpty() || p[i].isEmpty()) continue;
            if (Character.isUpperCase(n[i].charAt(0)) && Character.isLowerCase(p[i].charAt(0))) return true;
        }
        return false;
    }

    /**
     * "ISIL" spells "International Society for Individual Liberty" as well as the Islamic State's English name: a
     * title reached through an acronym must share a word with one of the entity's names written out, if it has any.
     */
    private static boolean sharesWordWithFullName(String title, List<String> names) {
        Set<String> words = new HashSet<>(List.of(NameKeys.fold(title).split(" ")));
        boolean anyFull = false;
        for (String n : names) {
            if (n.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) continue;
            anyFull = true;
            for (String w : NameKeys.fold(n).split(" ")) if (w.length() > 3 && words.contains(w)) return true;
        }
        return !anyFull;
    }

    /** "EU" spells "European Union": the initials of the title's capitalised words. */
    private static boolean acronymOf(String name, String title) {
        if (name.length() < 2 || name.length() > 6 || !name.chars().allMatch(Character::isUpperCase)) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : title.split("[ \\-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
        return initials.toString().equals(name);
    }

    /** The title without a trailing qualifier: "National Assembly (France)" gives "National Assembly". */
    static String core(String title) {
        int p = title.lastIndexOf(" (");
        return p > 0 && title.endsWith(")") ? title.substring(0, p) : title;
    }

    private static String qualifier(String title) {
        int p = title.lastIndexOf(" (");
        return p > 0 && title.endsWith(")") ? title.substring(p + 2, title.length() - 1) : "";
    }
}
