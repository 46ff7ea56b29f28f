package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.NameKeys;
import org.actorgraph.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entities of one article, one node per name: named entities, the holders of titles the article never gives a
 * name, and unnamed groups. Rules create and describe entities only through it.
 */
final class EntityRegistry {
    private final String articleId;
    private final Map<String, EntityNode> named = new LinkedHashMap<>();
    private final Map<Mention, EntityNode> ofMention = new HashMap<>();
    private final Map<String, String> fullNameOfSurname = new HashMap<>();
    private final Map<String, EntityNode> titleHolders = new LinkedHashMap<>();
    private final Map<String, EntityNode> groups = new LinkedHashMap<>();
    private final List<GroupMention> groupMentions = new ArrayList<>();
    private EntityNode author;

    /** Where the article names an unnamed group. */
    record GroupMention(Span span, EntityNode group) {}

    EntityRegistry(String articleId) {
        this.articleId = articleId;
    }

    /** The entity of this kind and name, created on first request. */
    EntityNode entity(EntityKind kind, String written) {
        String name = NameKeys.spaced(written);
        boolean person = kind == EntityKind.PERSON;
        String key = person ? NameKeys.personKey(name) : NameKeys.slug(name);
        String label = person ? NameKeys.foldPersonName(name) : name;
        EntityNode e = named.computeIfAbsent(kind + "/" + key, k -> withListedNames(new EntityNode(kind, key, label)));
        if (!e.label().equals(name)) e.addName(name);
        return e;
    }

    /**
     * A country carries every name the country list gives it: a reader who searches for "Democratic Republic of
     * the Congo" finds the node an article made from "DR Congo", and two articles' spellings meet on one node.
     */
    private static EntityNode withListedNames(EntityNode e) {
        if (e.kind() == EntityKind.COUNTRY) {
            for (String n : Gazetteer.get().namesOf(EntityKind.COUNTRY, e.label())) e.addName(n);
        }
        return e;
    }

    /**
     * The entity a name from outside the text (the title) stands for: a surname joins the person the text names in
     * full, as in the text itself. The entity counts as named by the article.
     */
    EntityNode entityNamed(EntityKind kind, String name) {
        EntityNode e = entity(kind, kind == EntityKind.PERSON ? fullName(name) : name);
        e.markNamed();
        return e;
    }

    /** A surname alone ("Lavrov") stands for the person the article names in full. */
    void surname(String surname, String fullName) {
        fullNameOfSurname.putIfAbsent(surname, fullName);
    }

    String fullName(String name) {
        return name.contains(" ") ? name : fullNameOfSurname.getOrDefault(name, name);
    }

    void bind(Mention m, EntityNode e) {
        ofMention.put(m, e);
    }

    EntityNode entityOf(Mention m) {
        return ofMention.get(m);
    }

    /** The author of a statement whose title names them, or null. */
    EntityNode author() {
        return author;
    }

    void author(EntityNode e) {
        author = e;
    }

    /**
     * The one person this article calls by this title and never names ("the Foreign Secretary"), created on first
     * request. A shorter title later ("the secretary") is the holder of a longer one given before.
     */
    EntityNode titleHolder(String written) {
        String title = NameKeys.spaced(written);
        String key = NameKeys.slug(title);
        EntityNode known = titleHolders.get(key);
        if (known != null) return known;
        String want = " " + title.toLowerCase(Locale.ROOT);
        for (EntityNode h : titleHolders.values()) if ((" " + h.label().toLowerCase(Locale.ROOT)).endsWith(want)) return h;
        EntityNode e = new EntityNode(EntityKind.PERSON, key, title);
        e.scope(articleId);
        e.titles().add(title);
        e.markNamed();
        titleHolders.put(key, e);
        return e;
    }

    /**
     * The unnamed group ("reporters", "British businesses") the article refers to by this name, one per name and
     * article: another article's reporters are other people.
     */
    EntityNode group(String written, Span span) {
        String name = NameKeys.spaced(written);
        String key = NameKeys.slug(name);
        EntityNode e = groups.computeIfAbsent(key, k -> {
            EntityNode g = new EntityNode(EntityKind.GROUP, k, name);
            g.scope(articleId);
            g.markNamed();
            return g;
        });
        GroupMention m = new GroupMention(span, e);
        if (!groupMentions.contains(m)) groupMentions.add(m);
        return e;
    }

    /** Forgets the groups no position or event kept: a rule may name one and then find no event to put it in. */
    void keepGroups(Set<EntityNode> used) {
        groups.values().removeIf(g -> !used.contains(g));
        groupMentions.removeIf(m -> !used.contains(m.group()));
    }

    List<GroupMention> groupMentions() {
        return groupMentions;
    }

    List<EntityNode> entities() {
        List<EntityNode> out = new ArrayList<>(named.values());
        out.addAll(titleHolders.values());
        out.addAll(groups.values());
        return out;
    }

    /**
     * A country whose name is written inside another actor's name is named by the article ("the Arise, France
     * movement"); one that only a nationality word gave ("Indian Foreign Ministry") is not.
     */
    void countriesNamedInsideNames() {
        for (EntityNode e : named.values()) {
            EntityNode country = e.country();
            if (country == null || country.named() || !e.named()) continue;
            for (String name : Gazetteer.get().namesOf(EntityKind.COUNTRY, country.label())) {
                if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(e.label()).find()) {
                    country.markNamed();
                    break;
                }
            }
        }
    }
}
