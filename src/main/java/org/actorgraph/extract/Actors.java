package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.Locale;

/** Who a mention or a point of the article refers to, read from the mentions and the entities found so far. */
final class Actors {
    private final ArticleView view;
    private final EntityRegistry registry;
    private final Gazetteer gaz = Gazetteer.get();

    Actors(ArticleView view, EntityRegistry registry) {
        this.view = view;
        this.registry = registry;
    }

    /**
     * The actor a mention stands for when it acts or speaks. A capital or seat of government in that role stands
     * for its country ("Moscow rejected"). The city's name is kept on the country as a stand-in (skos:hiddenLabel),
     * so a search for "Moscow" finds Russia's positions, but not as a name of the country (skos:altLabel): it names
     * the city, whose own node (and DBpedia link) the country would otherwise be confused with.
     */
    EntityNode actorOf(Mention m) {
        EntityNode e = registry.entityOf(m);
        if (e == null) return null;
        if (m.kind() == EntityKind.PLACE) {
            Gazetteer.Entry g = gaz.lookup(m.name());
            if (g == null || !g.capital() || g.country() == null) return null;
            if (!view.sentences.get(m.sentence()).actsInClause(m.end() - 1)) return null;
            EntityNode country = registry.entity(EntityKind.COUNTRY, g.country());
            country.markNamed();
            country.standIns().add(m.text());
            return country;
        }
        return e;
    }

    /** The person most recently named before this point of the article. */
    EntityNode lastPersonBefore(int sentence, int token) {
        var people = view.peopleBefore(sentence, token);
        return people.isEmpty() ? null : registry.entityOf(people.get(people.size() - 1));
    }

    /**
     * The person "he" or "she" refers to: the person named before it in the same sentence that is highest in its
     * parse, else the one the main clause of the last sentence naming someone is about; never one whose first name is
     * known to be of the other gender ("Sheinbaum spoke of Donald Trump. 'We are prepared,' she said.").
     */
    EntityNode lastPersonBefore(int sentence, int token, String pronoun) {
        FirstNameGender.Gender want = FirstNameGender.ofPronoun(pronoun);
        var people = view.peopleBefore(sentence, token).stream().filter(m -> fits(m, want)).toList();
        if (people.isEmpty()) return null;
        Mention last = people.get(people.size() - 1);
        // In the same sentence, the one highest in the parse: "Trump left after a meeting with Carney, at which he
        // said ..." is Trump, the sentence's subject, not the last name before the pronoun.
        if (last.sentence() == sentence) {
            Mention top = last;
            Sentences here = view.sentences.get(sentence);
            for (Mention m : people) if (m.sentence() == sentence && depth(here, m.end() - 1) < depth(here, top.end() - 1)) top = m;
            return registry.entityOf(top);
        }
        // From an earlier sentence, the one its main clause is about: "Frederiksen, who visited Nuuk days after Vance
        // toured the base, said ... 'It is not for sale,' she said" is Frederiksen, not Vance in the relative clause.
        Mention best = last;
        Sentences s = view.sentences.get(last.sentence());
        for (Mention m : people) {
            if (m.sentence() != last.sentence()) continue;
            if (depth(s, m.end() - 1) < depth(s, best.end() - 1) || depth(s, m.end() - 1) == depth(s, best.end() - 1) && m.begin() < best.begin()) best = m;
        }
        return registry.entityOf(best);
    }

    private boolean fits(Mention m, FirstNameGender.Gender want) {
        FirstNameGender.Gender is = FirstNameGender.of(registry.entityOf(m).label());
        return want == FirstNameGender.Gender.UNKNOWN || is == FirstNameGender.Gender.UNKNOWN || is == want;
    }

    private static int depth(Sentences s, int token) {
        int d = 0;
        for (int t = token; t >= 0 && d < 50; t = s.head(t)) d++;
        return d;
    }

    /**
     * The nationality word of the noun phrase that ends at a name: "Russian Deputy Foreign Minister Sergei Ryabkov",
     * "the Syrian de facto leader Omar Haddad". A nationality further back belongs to someone else ("a German
     * spokesman said ... Haddad said"), so the search stops at the first word that cannot be part of a title.
     */
    EntityNode nationalityBefore(int sentence, int token) {
        return nationalityBefore(sentence, token, true);
    }

    /** As {@link #nationalityBefore(int, int)}; the paragraph's last nationality word only when {@code paragraph}. */
    EntityNode nationalityBefore(int sentence, int token, boolean paragraph) {
        Sentences s = view.sentences.get(sentence);
        for (int t = token - 1; t >= 0; t--) {
            Mention m = view.mentionAt(sentence, t);
            if (m != null) return m.demonym() ? registry.entityOf(m) : null;
            String tag = s.tag(t);
            boolean titleWord = s.ner(t).equals("TITLE") || tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("FW") || tag.equals("HYPH");
            if (!titleWord) break;
        }
        return paragraph ? groupNationalityBefore(sentence, token) : null;
    }

    /**
     * The nationality word most recently used before this point in the same paragraph ("French political figures
     * weighed in. Nicolas Dupont-Aignan, ..."). Only nationality words count: a country merely named nearby ("talks
     * with Taiwan") says nothing about who a person is, though it ends what an earlier nationality word says; nor
     * does a nationality word that is part of an organisation's name or qualifies it ("the German Foreign Ministry").
     */
    private EntityNode groupNationalityBefore(int sentence, int token) {
        EntityNode found = null;
        int paragraphStart = view.paragraphStart(sentence);
        for (Mention m : view.mentions) {
            if (!ArticleView.before(m, sentence, token)) break;
            if (m.sentence() < paragraphStart || m.kind() != EntityKind.COUNTRY) continue;
            // "Congolese Foreign Minister X and Rwanda's Y signed as Secretary of State Z looked on": with another
            // country named since, the nationality word no longer speaks for those who follow.
            if (!m.demonym()) {
                if (found != null && registry.entityOf(m) != found) found = null;
                continue;
            }
            int head = view.sentences.get(m.sentence()).head(m.end() - 1);
            Mention qualified = head >= 0 ? view.mentionAt(m.sentence(), head) : null;
            if (qualified == null || qualified.kind() != EntityKind.ORGANIZATION) found = registry.entityOf(m);
        }
        return found;
    }

    /**
     * The person the article gave this title to, most recently ("the foreign minister"); of two so titled in that
     * sentence, the one its main clause is about ("Foreign Minister X said he had spoken with his counterpart, Y").
     */
    EntityNode personTitled(String title, int sentence) {
        String want = title.toLowerCase(Locale.ROOT);
        Mention found = null;
        for (Mention m : view.mentions) {
            if (m.sentence() > sentence) break;
            if (m.kind() != EntityKind.PERSON) continue;
            EntityNode p = registry.entityOf(m);
            boolean titled = false;
            for (String t : p.titles()) titled |= t.toLowerCase(Locale.ROOT).contains(want);
            if (!titled) continue;
            Sentences s = view.sentences.get(m.sentence());
            if (found == null || found.sentence() != m.sentence() || depth(s, m.end() - 1) < depth(s, found.end() - 1)) found = m;
        }
        return found == null ? null : registry.entityOf(found);
    }
}
