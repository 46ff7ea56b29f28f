package org.actorgraph.extract;

import org.actorgraph.article.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One article while it is being read: its parsed sentences, the names found in them, and the entities those names
 * stand for. Later stages ask it who a token refers to.
 */
final class ArticleContext {
    private static final Set<String> SUBJECT_ROLES = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent");

    final Article article;
    final String text;
    final List<Sentences> sentences;
    final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<Mention, Entity> entityOfMention = new HashMap<>();
    private final Map<String, String> fullNameOfSurname = new HashMap<>();
    private final Map<String, Entity> titleHolders = new LinkedHashMap<>();
    private final Map<String, Entity> groups = new LinkedHashMap<>();
    private final List<NamedMention> groupMentions = new ArrayList<>();
    private final List<Voice> voices = new ArrayList<>();
    private List<Span> quotations;
    private Entity author;
    private final Gazetteer gaz = Gazetteer.get();

    ArticleContext(Article article, List<Sentences> sentences) {
        this.article = article;
        this.text = article.text();
        this.sentences = sentences;
    }

    void addMentions(List<Mention> found) {
        mentions.addAll(found);
    }

    /** Gives every mention its entity; surnames alone join the person the article names in full. */
    void resolveEntities() {
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PERSON) continue;
            String[] words = m.name().split("\\s+");
            if (words.length > 1) fullNameOfSurname.putIfAbsent(words[words.length - 1], m.name());
        }
        for (Mention m : mentions) {
            Entity e = entityFor(m);
            e.markNamed();
            e.addName(m.demonym() ? null : m.text());
            entityOfMention.put(m, e);
            if (m.country() != null) e.country(entity(EntityKind.COUNTRY, m.country()));
        }
        for (Mention m : mentions) if (m.kind() == EntityKind.PLACE) actorOf(m);
    }

    private Entity entityFor(Mention m) {
        if (m.kind() == EntityKind.PERSON) {
            String full = m.name().contains(" ") ? m.name() : fullNameOfSurname.getOrDefault(m.name(), m.name());
            return entity(EntityKind.PERSON, full);
        }
        return entity(m.kind(), m.name());
    }

    /**
     * The entity a name from outside the text (the title) stands for: a surname joins the person the text names in
     * full, as in the text itself. The entity counts as named by the article.
     */
    Entity entityNamed(EntityKind kind, String name) {
        String full = kind == EntityKind.PERSON && !name.contains(" ") ? fullNameOfSurname.getOrDefault(name, name) : name;
        Entity e = entity(kind, full);
        e.markNamed();
        return e;
    }

    /** The author of a statement whose title names them, or null. */
    Entity author() {
        return author;
    }

    void author(Entity e) {
        author = e;
    }

    /** True when the character is inside a quotation. */
    boolean quoted(int at) {
        if (quotations == null) quotations = Quotations.in(text).stream().map(Quotations.Quote::span).toList();
        for (Span q : quotations) if (q.begin() <= at && at < q.end()) return true;
        return false;
    }

    /** The entity of this kind and name, created on first request. */
    Entity entity(EntityKind kind, String name) {
        boolean person = kind == EntityKind.PERSON;
        String key = person ? NameKeys.personKey(name) : NameKeys.slug(name);
        String label = person ? NameKeys.foldPersonName(name) : name;
        Entity e = entities.computeIfAbsent(kind + "/" + key, k -> new Entity(kind, key, label));
        if (!e.label().equals(name)) e.addName(name);
        return e;
    }

    List<NamedMention> namedMentions() {
        List<NamedMention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Sentences s = sentences.get(m.sentence());
            out.add(new NamedMention(new Span(s.charBegin(m.begin()), s.charEnd(m.end() - 1)), entityOf(m),
                    m.demonym() ? NamedMention.How.DEMONYM : NamedMention.How.NAME));
        }
        out.addAll(references());
        out.addAll(groupMentions);
        return out;
    }

    /**
     * Pronouns and descriptions ("he", "the foreign minister") that resolve to a person named before them or to the
     * holder of a title, and first-person pronouns in a statement, which are its speaker's.
     */
    private List<NamedMention> references() {
        Speakers speakers = new Speakers(this);
        List<NamedMention> out = new ArrayList<>();
        for (Sentences s : sentences) {
            for (int t = 0; t < s.size(); t++) {
                if (mentionAt(s.index, t) != null) continue;
                boolean pronoun = s.isPronoun(t);
                boolean description = !pronoun && Speakers.definiteTitle(s, t);
                if (!pronoun && !description) continue;
                Speaker sp = speakers.resolve(s, t);
                if (sp == null || sp.entity().kind() != EntityKind.PERSON && !Speakers.firstPerson(s, t)) continue;
                int from = t;
                if (description) for (int c : s.children(t, null)) if (c < from && !s.relation(c).equals("appos") && !s.relation(c).equals("case")) from = c;
                out.add(new NamedMention(new Span(s.charBegin(from), s.charEnd(t)), sp.entity(),
                        pronoun ? NamedMention.How.PRONOUN : NamedMention.How.DESCRIPTION));
            }
        }
        return out;
    }

    Entity entityOf(Mention m) {
        return entityOfMention.get(m);
    }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>(entities.values());
        out.addAll(titleHolders.values());
        out.addAll(groups.values());
        return out;
    }

    Mention mentionAt(int sentence, int token) {
        for (Mention m : mentions) if (m.sentence() == sentence && m.covers(token)) return m;
        return null;
    }

    /**
     * The actor a mention stands for when it acts or speaks. A capital or seat of government in that role stands
     * for its country ("Moscow rejected"). The city's name is kept on the country as a stand-in (skos:hiddenLabel),
     * so a search for "Moscow" finds Russia's positions, but not as a name of the country (skos:altLabel): it names
     * the city, whose own node (and DBpedia link) the country would otherwise be confused with.
     */
    Entity actorOf(Mention m) {
        Entity e = entityOf(m);
        if (e == null) return null;
        if (m.kind() == EntityKind.PLACE) {
            Gazetteer.Entry g = gaz.lookup(m.name());
            if (g == null || !g.capital() || g.country() == null) return null;
            if (!actsInClause(sentences.get(m.sentence()), m.end() - 1)) return null;
            Entity country = entity(EntityKind.COUNTRY, g.country());
            country.markNamed();
            country.standIns().add(m.text());
            return country;
        }
        return e;
    }

    /** True when the token acts in its clause: a subject, a possessor, an agent, or coordinated with one. */
    boolean actsInClause(Sentences s, int token) {
        String rel = s.relation(token);
        if (SUBJECT_ROLES.contains(rel)) return true;
        if (rel.equals("conj")) return actsInClause(s, s.head(token));
        return false;
    }

    /** The person most recently named before this point of the article. */
    Entity lastPersonBefore(int sentence, int token) {
        Entity found = null;
        for (Mention m : mentions) {
            if (m.sentence() > sentence || m.sentence() == sentence && m.begin() >= token) break;
            if (m.kind() == EntityKind.PERSON) found = entityOf(m);
        }
        return found;
    }

    /**
     * The country of the nationality word most recently used before this point in the same paragraph ("French
     * political figures weighed in. Nicolas Dupont-Aignan, ..."). Only nationality words count: a country merely
     * named nearby ("talks with Taiwan") says nothing about who a person is.
     */
    Entity nationalityBefore(int sentence, int token) {
        Entity found = null;
        int paragraphStart = paragraphStart(sentence);
        for (Mention m : mentions) {
            if (m.sentence() > sentence || m.sentence() == sentence && m.begin() >= token) break;
            if (m.sentence() >= paragraphStart && m.demonym()) found = entityOf(m);
        }
        return found;
    }

    /** The first sentence of the paragraph holding this one: paragraphs are separated by line breaks. */
    private int paragraphStart(int sentence) {
        int i = sentence;
        while (i > 0) {
            int gapFrom = sentences.get(i - 1).charEnd(sentences.get(i - 1).size() - 1);
            int gapTo = sentences.get(i).charBegin(0);
            if (text.substring(gapFrom, gapTo).contains("\n")) break;
            i--;
        }
        return i;
    }

    /**
     * Who speaks a stretch of the article: the text of a quotation, or the statement after "X said:". First-person
     * pronouns there ("I welcome", "we will not allow") are the speaker's.
     */
    record Voice(int from, int to, Speaker speaker, String cue, Span cueSpan) {
        boolean covers(int at) {
            return from <= at && at < to;
        }
    }

    void addVoice(Voice v) {
        for (Voice o : voices) if (o.from() < v.to() && v.from() < o.to()) return;
        voices.add(v);
    }

    List<Voice> voices() {
        return voices;
    }

    /** The voice of the stretch holding this token, or null. */
    Voice voiceAt(int sentence, int token) {
        int at = sentences.get(sentence).charBegin(token);
        for (Voice v : voices) if (v.covers(at)) return v;
        return null;
    }

    /**
     * The one person this article calls by this title and never names ("the Foreign Secretary"), created on first
     * request. A shorter title later ("the secretary") is the holder of a longer one given before.
     */
    Entity titleHolder(String title) {
        String key = NameKeys.slug(title);
        Entity known = titleHolders.get(key);
        if (known != null) return known;
        String want = " " + title.toLowerCase(Locale.ROOT);
        for (Entity h : titleHolders.values()) if ((" " + h.label().toLowerCase(Locale.ROOT)).endsWith(want)) return h;
        Entity e = new Entity(EntityKind.PERSON, key, title);
        e.scope(article.id());
        e.titles().add(title);
        e.markNamed();
        titleHolders.put(key, e);
        return e;
    }

    /**
     * The unnamed group ("reporters", "British businesses") the article refers to by this name, one per name and
     * article: another article's reporters are other people.
     */
    Entity group(String name, Span span) {
        String key = NameKeys.slug(name);
        Entity e = groups.computeIfAbsent(key, k -> {
            Entity g = new Entity(EntityKind.GROUP, k, name);
            g.scope(article.id());
            g.markNamed();
            return g;
        });
        NamedMention m = new NamedMention(span, e, NamedMention.How.DESCRIPTION);
        if (!groupMentions.contains(m)) groupMentions.add(m);
        return e;
    }

    /** Forgets the groups no position or event kept: a rule may name one and then find no event to put it in. */
    void keepGroups(Set<Entity> used) {
        groups.values().removeIf(g -> !used.contains(g));
        groupMentions.removeIf(m -> !used.contains(m.entity()));
    }

    /** The person the article gave this title to, most recently ("the foreign minister"). */
    Entity personTitled(String title, int sentence) {
        String want = title.toLowerCase(Locale.ROOT);
        Entity found = null;
        for (Mention m : mentions) {
            if (m.sentence() > sentence) break;
            if (m.kind() != EntityKind.PERSON) continue;
            Entity p = entityOf(m);
            for (String t : p.titles()) if (t.toLowerCase(Locale.ROOT).contains(want)) found = p;
        }
        return found;
    }
}
