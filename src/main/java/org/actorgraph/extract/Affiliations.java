package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles, memberships and countries of the people an article names: "Deputy Foreign Minister Sergei Ryabkov",
 * "Yuri Ushakov, a senior Kremlin adviser,", "Russia's foreign policy chief, Sergei Lavrov,", "a member of the
 * National Assembly and leader of the X movement".
 */
final class Affiliations implements Rule {
    private static final Set<String> TITLE_HEADS = WordLists.words("titles.txt");
    /** Nouns for a body named before ("the group", "the movement"), shared with OwnCommitment. */
    private static final Set<String> BODY_NOUNS = WordLists.words("body-nouns.txt");

    @Override public String name() { return "affiliation.titles-and-memberships"; }
    @Override public Phase phase() { return Phase.AFFILIATIONS; }
    @Override public String description() { return "titles before a name or in apposition to it, the bodies and countries named in them, nationality words before, the ministry of a minister's portfolio, and the country of a capital opening the sentence or of the person served"; }

    void assign(ArticleView ctx, EntityRegistry registry, Actors actors) {
        Map<EntityNode, EntityNode> serves = new LinkedHashMap<>();
        for (Mention m : ctx.mentions) {
            Sentences s = ctx.sentences.get(m.sentence());
            EntityNode e = registry.entityOf(m);
            if (m.kind() == EntityKind.PERSON) {
                titleBeforeName(ctx, registry, s, m, e);
                titleInName(s, m, e);
                int head = m.end() - 1;
                countryOfName(ctx, registry, s, head, e, serves);
                // "Syria's de facto leader Ahmed al-Sharaa" may come with the name as an unlabelled dependent of the title.
                boolean titleBefore = s.relation(head).equals("dep") && s.head(head) >= 0 && s.head(head) < m.begin();
                if (s.relation(head).equals("appos") || titleBefore) titlePhrase(ctx, registry, s, s.head(head), head, e, serves);
                for (int a : s.children(head, "appos")) titlePhrase(ctx, registry, s, a, head, e, serves);
                int loose = looseApposition(s, m);
                if (loose >= 0) titlePhrase(ctx, registry, s, loose, head, e, serves);
                counterpart(ctx, registry, actors, s, m, e);
            }
        }
        Set<EntityNode> introduced = new HashSet<>();
        for (Mention m : ctx.mentions) {
            EntityNode e = registry.entityOf(m);
            // The nationality a paragraph gives belongs to those it introduces: "French figures weighed in. Nicolas
            // Dupont-Aignan said"; not to a president named earlier and mentioned again among "Hungarian" words.
            boolean first = introduced.add(e);
            if (e.country() != null || e.kind() == EntityKind.COUNTRY) continue;
            if (e.kind() == EntityKind.ORGANIZATION && Gazetteer.get().lookup(m.name()) != null) continue;
            if (e.kind() == EntityKind.PLACE) continue;
            for (EntityNode org : e.memberOf()) if (org.country() != null) e.country(org.country());
            if (e.kind() == EntityKind.ORGANIZATION) e.country(countryInside(registry, m));
            if (e.kind() == EntityKind.ORGANIZATION && e.country() == null) e.country(possessingCountry(ctx, registry, m));
            if (e.country() == null) e.country(actors.nationalityBefore(m.sentence(), m.begin(), first));
            if (e.country() == null && !servesListedBody(e)) e.country(capitalOpening(ctx, registry, m));
        }
        portfolios(ctx, registry);
        // "Lee's spokesperson", "an envoy to President Trump": who serves a person serves that person's country. A
        // second round reaches the spokesman of an adviser whose own country came from the one he advises.
        for (int round = 0; round < 2; round++) {
            serves.forEach((servant, master) -> {
                if (servant != master) servant.country(master.country());
            });
        }
    }

    /** "foreign minister", "deputy treasury secretary": the portfolio before the office. */
    /**
     * "Foreign Minister Ana Ruiz said Chile would not accept the terms", "Prime Minister X said Pakistan was ready to
     * talk": an office-holder the article gives no country speaks for the country whose will or next act he
     * announces. Runs once the statements are found; a speaker who announces the acts of two countries gets neither.
     */
    static void countrySpokenFor(ArticleView view, Speakers speakers, List<PositionDraft> positions) {
        Map<EntityNode, Set<EntityNode>> spokenFor = new LinkedHashMap<>();
        for (PositionDraft p : positions) {
            EntityNode speaker = p.speaker;
            if (speaker == null || speaker.kind() != EntityKind.PERSON || speaker.country() != null || speaker.titles().isEmpty()
                    || servesListedBody(speaker) || speaker.memberOf().stream().anyMatch(o -> o.country() != null)) continue;
            Sentences s = p.sentence;
            int pred = ContentHeads.predicate(s, p.contentTokens);
            if (pred < 0 || !announces(s, pred)) continue;
            List<Integer> subjects = ContentHeads.subjects(s, p.contentTokens, pred);
            if (subjects.size() != 1 || !s.children(subjects.get(0), "conj").isEmpty()) continue;
            Mention m = view.mentionAt(s.index, subjects.get(0));
            EntityNode actor = m == null || m.demonym() ? null : speakers.actors().actorOf(m);
            if (actor != null && actor.kind() == EntityKind.COUNTRY) spokenFor.computeIfAbsent(speaker, k -> new HashSet<>()).add(actor);
        }
        spokenFor.forEach((speaker, countries) -> {
            if (countries.size() == 1) speaker.country(countries.iterator().next());
        });
    }

    /** "would not accept", "could send", "was ready to": an act the clause announces or offers, or a will. */
    private static boolean announces(Sentences s, int pred) {
        return OwnCommitment.hasAux(s, pred, OwnCommitment.FUTURE) || OwnCommitment.hasAux(s, pred, OwnCommitment.POSSIBLE)
                || ContentFrame.volition(s, pred);
    }

    private static final Pattern PORTFOLIO_BEFORE = Pattern.compile("(?:(?:first |acting )?deputy |acting )?(.+?) (?:minister|secretary)");
    /** "secretary of state", "minister for international trade": the portfolio after it. */
    private static final Pattern PORTFOLIO_AFTER = Pattern.compile("(?:(?:first |acting )?deputy |acting )?(?:minister|secretary) (?:of|for) (?:the )?(.+)");
    /** "foreign ministry", "Polish interior ministry" (one word before the portfolio may be the country's). */
    private static final List<Pattern> DEPARTMENT_AFTER = List.of(
            Pattern.compile("(.+?) (?:ministry|department)"), Pattern.compile("\\S+ (.+?) (?:ministry|department)"));
    /** "department of international relations and cooperation". */
    private static final Pattern DEPARTMENT_BEFORE = Pattern.compile("(?:ministry|department) (?:of|for) (?:the )?(.+)");

    /**
     * "Secretary of State Ana Ruiz" works at "the State Department", "Interior Minister X" at "the Polish Interior
     * Ministry", "International Relations Minister X" at "the Department of International Relations and
     * Cooperation": a minister or secretary belongs to the ministry or department of the same portfolio that the
     * article names, if it is of the minister's own country or of none.
     */
    private static void portfolios(ArticleView ctx, EntityRegistry registry) {
        Map<EntityNode, Set<String>> departments = new LinkedHashMap<>();
        for (Mention m : ctx.mentions) {
            if (m.kind() != EntityKind.ORGANIZATION) continue;
            EntityNode org = registry.entityOf(m);
            Set<String> names = new HashSet<>();
            names.add(org.label());
            names.addAll(org.altLabels());
            names.addAll(Gazetteer.get().namesOf(EntityKind.ORGANIZATION, org.label()));
            Set<String> held = new HashSet<>();
            for (String n : names) {
                String name = n.toLowerCase(Locale.ROOT);
                for (Pattern p : DEPARTMENT_AFTER) {
                    Matcher after = p.matcher(name);
                    if (after.matches()) held.add(after.group(1));
                }
                Matcher before = DEPARTMENT_BEFORE.matcher(name);
                if (before.matches()) held.add(before.group(1));
            }
            if (!held.isEmpty()) departments.computeIfAbsent(org, k -> new HashSet<>()).addAll(held);
        }
        if (departments.isEmpty()) return;
        for (Mention m : ctx.mentions) {
            if (m.kind() != EntityKind.PERSON) continue;
            EntityNode person = registry.entityOf(m);
            if (!person.memberOf().isEmpty()) continue;
            for (String title : new ArrayList<>(person.titles())) {
                for (String office : title.toLowerCase(Locale.ROOT).split(" and ")) {
                    String portfolio = portfolio(office.trim());
                    if (portfolio == null || portfolio.contains("prime")) continue;
                    departments.forEach((org, held) -> {
                        if (!person.memberOf().isEmpty() || org.country() != null && org.country() != person.country()) return;
                        for (String h : held) {
                            if (h.equals(portfolio) || h.startsWith(portfolio + " ") || portfolio.startsWith(h + " ")) {
                                person.memberOf().add(org);
                                return;
                            }
                        }
                    });
                }
            }
        }
    }

    /** "foreign" of "foreign minister", "state" of "secretary of state", or null for no minister or secretary. */
    private static String portfolio(String office) {
        Matcher after = PORTFOLIO_AFTER.matcher(office);
        if (after.matches()) return after.group(1);
        Matcher before = PORTFOLIO_BEFORE.matcher(office);
        return before.matches() ? before.group(1) : null;
    }

    /**
     * "In Tehran, foreign ministry spokesman Ali Karimi said": news opens a sentence with the capital a statement was
     * made in, and an official the sentence names there without a country of their own speaks for that capital's
     * country. Returns that country, or null when the sentence does not open "In <capital>," before the mention.
     */
    private static EntityNode capitalOpening(ArticleView ctx, EntityRegistry registry, Mention m) {
        if (m.kind() != EntityKind.PERSON && m.kind() != EntityKind.ORGANIZATION) return null;
        Sentences s = ctx.sentences.get(m.sentence());
        if (s.size() < 4 || !s.lemma(0).equalsIgnoreCase("in")) return null;
        Mention place = ctx.mentionAt(s.index, 1);
        if (place == null || place.begin() != 1 || place.end() >= s.size() || !s.word(place.end()).equals(",") || m.begin() <= place.end()) return null;
        Gazetteer.Entry g = Gazetteer.get().lookup(place.name());
        return g != null && g.capital() && g.country() != null ? registry.entity(EntityKind.COUNTRY, g.country()) : null;
    }

    /** A member of a body the lists know ("EU foreign policy chief") speaks for the body, wherever the sentence is set. */
    private static boolean servesListedBody(EntityNode e) {
        for (EntityNode org : e.memberOf()) if (Gazetteer.get().lookup(org.label()) != null) return true;
        return false;
    }

    /**
     * "Pope Leo XIV": a name the tagger keeps whole with a title word at its head holds that title, so that "the pope"
     * later refers to its bearer.
     */
    private static void titleInName(Sentences s, Mention m, EntityNode person) {
        if (m.end() - m.begin() < 3) return;
        String first = s.word(m.begin());
        String lower = first.toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(first.charAt(0)) && TITLE_HEADS.contains(lower) && person.titles().isEmpty()) person.titles().add(lower);
    }

    /** Title words tagged as such right before the name, possibly after a nationality: "Russian Deputy Foreign Minister". */
    private void titleBeforeName(ArticleView ctx, EntityRegistry registry, Sentences s, Mention m, EntityNode person) {
        int b = m.begin();
        // "Secretary of State Marco Rubio", "Minister of Defence X": "of" and its word belong to the title.
        while (b > 0 && (s.ner(b - 1).equals("TITLE") || b > 1 && s.lemma(b - 1).equals("of") && s.ner(b - 2).equals("TITLE"))) b--;
        if (b == m.begin()) b = untaggedTitle(ctx, s, b);
        if (b == m.begin()) return;
        // "EU foreign policy chief": an untagged adjective between the body or country and the tagged title words.
        int j = b;
        while (j > 1 && s.tag(j - 1).startsWith("JJ") && Character.isLowerCase(s.word(j - 1).charAt(0))) j--;
        if (j < b && ctx.mentionAt(s.index, j - 1) != null) b = j;
        person.titles().add(s.text(b, m.begin()));
        // What stands before the title says whom the person serves: "Kremlin spokesman", "Russian Deputy Foreign Minister".
        Mention before = b > 0 ? ctx.mentionAt(s.index, b - 1) : null;
        if (before == null) return;
        EntityNode e = registry.entityOf(before);
        if (before.kind() == EntityKind.COUNTRY) person.country(e);
        if (before.kind() == EntityKind.ORGANIZATION) {
            person.memberOf().add(e);
            if (e.country() != null) person.country(e.country());
        }
    }

    /**
     * "according to Karim Nasr, a spokesman for the ministry", where the parser hangs "a spokesman" on the verb: a
     * title noun phrase right after the name and its comma, not the subject of a clause, is in apposition to the name.
     */
    private static int looseApposition(Sentences s, Mention m) {
        int comma = m.end();
        if (comma >= s.size() || !s.word(comma).equals(",")) return -1;
        for (int k = comma + 1; k < s.size() && k <= comma + 5; k++) {
            String tag = s.tag(k);
            boolean title = tag.startsWith("NN") && (TITLE_HEADS.contains(s.lemma(k).toLowerCase(Locale.ROOT)) || s.ner(k).equals("TITLE"));
            if (title) {
                int h = s.head(k);
                if (h >= m.begin() && h < m.end() || s.relation(k).startsWith("nsubj")) return -1;
                return k;
            }
            if (!tag.equals("DT") && !tag.startsWith("JJ") && !tag.startsWith("NN") && !tag.equals("PRP$") && !tag.equals("POS")) return -1;
        }
        return -1;
    }

    private static void memberOf(EntityRegistry registry, EntityNode person, Mention body) {
        EntityNode org = registry.entityOf(body);
        person.memberOf().add(org);
        person.country(org.country());
    }

    /**
     * "Ravi Rao, the ministry's spokesman", "a spokesman for the agency": "the" and a common noun that is the head word
     * of an organisation named in the three sentences before ("the Ministry of External Affairs", "the International
     * Energy Agency") stand for that organisation, the last one named; "the group", "the movement" and the other nouns
     * of body-nouns.txt stand for the last organisation named, whatever its name.
     */
    static Mention bodyNamedBefore(ArticleView ctx, Sentences s, int t) {
        return bodyNamedBefore(ctx, s, t, BODY_REACH, false);
    }

    /** How many sentences back "the ministry" finds the ministry it stands for. */
    static final int BODY_REACH = 3;

    /**
     * As above, looking {@code reach} sentences back. With {@code headOnly}, as for a speaker or a side ("the
     * ministry summoned Carl Vance"), the noun must be the head word of the name (its last word, or the word before
     * "of"), any word before the noun must be in the name too ("the Finnish security" is no "Security Council"), and a
     * noun for any body counts only bare and within the sentences just before.
     */
    static Mention bodyNamedBefore(ArticleView ctx, Sentences s, int t, int reach, boolean headOnly) {
        if (!s.tag(t).equals("NN") || s.children(t, "det").stream().noneMatch(d -> s.lemma(d).equals("the"))) return null;
        String noun = spelled(s.word(t));
        List<String> modifiers = new ArrayList<>();
        for (int c : s.children(t, null)) if (s.relation(c).equals("amod") || s.relation(c).equals("compound")) modifiers.add(spelled(s.word(c)));
        // "the group's spokesman": a noun for any body stands for the last one named, as for what "the group" will do.
        boolean anyBody = BODY_NOUNS.contains(noun) && (!headOnly || modifiers.isEmpty() && reach <= BODY_REACH);
        for (int i = ctx.mentions.size() - 1; i >= 0; i--) {
            Mention m = ctx.mentions.get(i);
            if (!ArticleView.before(m, s.index, t)) continue;
            if (m.sentence() < s.index - reach) return null;
            if (m.kind() != EntityKind.ORGANIZATION || m.demonym()) continue;
            if (anyBody) return m;
            List<String> words = Arrays.stream(m.name().split("\\s+")).map(Affiliations::spelled).toList();
            if (!headOnly && words.contains(noun)) return m;
            int of = words.indexOf("of");
            String head = of > 0 ? words.get(of - 1) : words.get(words.size() - 1);
            if (headOnly && head.equals(noun) && words.containsAll(modifiers)) return m;
        }
        return null;
    }

    /** Lower case, with the British "-isation" spelled as the "-ization" of names like "World Health Organization". */
    private static String spelled(String word) {
        return word.toLowerCase(Locale.ROOT).replace("isation", "ization");
    }

    /**
     * "U.S. Defense Secretary Pete Hegseth": a capitalised title word the tagger left untagged, with the capitalised
     * words before it that no name covers ("Defense"), is a title. Returns where it begins, or the name's start.
     */
    private static int untaggedTitle(ArticleView ctx, Sentences s, int name) {
        int t = name - 1;
        if (t < 0 || !Character.isUpperCase(s.word(t).charAt(0)) || !TITLE_HEADS.contains(s.word(t).toLowerCase(Locale.ROOT))) return name;
        int b = t;
        while (b > 0 && s.tag(b - 1).equals("NNP") && ctx.mentionAt(s.index, b - 1) == null && Character.isUpperCase(s.word(b - 1).charAt(0))) b--;
        return b;
    }

    /**
     * "Sweden's Petra Lindqvist", "Syria's de facto leader Omar Haddad", "President Jorge Ruiz of Chile": a country
     * owning the name or its title, or the country a titled person is "of".
     */
    private void countryOfName(ArticleView ctx, EntityRegistry registry, Sentences s, int head, EntityNode person, Map<EntityNode, EntityNode> serves) {
        List<Integer> heads = new ArrayList<>();
        heads.add(head);
        heads.addAll(s.children(head, "compound"));
        for (int h : heads) {
            for (int p : s.children(h, "nmod:poss")) {
                person.country(countryAt(ctx, registry, s, p));
                if (h != head) servedPerson(ctx, registry, s, p, person, serves);
            }
        }
        boolean titled = heads.size() > 1 && heads.stream().anyMatch(h -> s.ner(h).equals("TITLE"));
        if (!titled) return;
        for (int n : s.children(head, "nmod")) {
            if (s.children(n, "case").stream().anyMatch(c -> s.lemma(c).equals("of"))) person.country(countryAt(ctx, registry, s, n));
        }
    }

    private static EntityNode countryAt(ArticleView ctx, EntityRegistry registry, Sentences s, int token) {
        Mention m = ctx.mentionAt(s.index, token);
        return m != null && m.kind() == EntityKind.COUNTRY && !m.demonym() ? registry.entityOf(m) : null;
    }

    /** A noun phrase in apposition to the name; each coordinated head ("member of X and leader of Y") counts. */
    private void titlePhrase(ArticleView ctx, EntityRegistry registry, Sentences s, int head, int personToken, EntityNode person,
            Map<EntityNode, EntityNode> serves) {
        if (head < 0) return;
        addTitle(ctx, registry, s, head, personToken, person, serves);
        for (int c : s.children(head, "conj")) addTitle(ctx, registry, s, c, personToken, person, serves);
    }

    /** Records that the person holds an office of the person named at token {@code p} ("Lee's" spokesperson). */
    private static void servedPerson(ArticleView ctx, EntityRegistry registry, Sentences s, int p, EntityNode person,
            Map<EntityNode, EntityNode> serves) {
        Mention pm = ctx.mentionAt(s.index, p);
        if (pm != null && pm.kind() == EntityKind.PERSON && registry.entityOf(pm) != person) serves.putIfAbsent(person, registry.entityOf(pm));
    }

    private void addTitle(ArticleView ctx, EntityRegistry registry, Sentences s, int head, int personToken, EntityNode person,
            Map<EntityNode, EntityNode> serves) {
        // "his German counterpart, Johann Wadephul": see counterpart(); the word is no title of its own.
        if (s.lemma(head).equals("counterpart")) return;
        if (!TITLE_HEADS.contains(s.lemma(head)) && !s.ner(head).equals("TITLE")) return;
        Set<Integer> skip = new HashSet<>();
        skip.add(personToken);
        skip.addAll(s.children(head, "conj"));
        skip.addAll(s.children(head, "cc"));
        skip.addAll(s.children(head, "acl"));
        skip.addAll(s.children(head, "acl:relcl"));
        skip.addAll(s.children(head, "punct"));
        skip.addAll(s.children(head, "appos"));
        for (int d : s.children(head, "det")) skip.add(d);
        for (int p : s.children(head, "nmod:poss")) {
            skip.add(p);
            servedPerson(ctx, registry, s, p, person, serves);
            Mention pm = ctx.mentionAt(s.index, p);
            if (pm != null && pm.kind() == EntityKind.COUNTRY && !pm.demonym()) person.country(registry.entityOf(pm));
            // "the European Union's foreign policy chief, X": the body owning the title is the person's.
            Mention body = pm == null ? bodyNamedBefore(ctx, s, p) : pm.kind() == EntityKind.ORGANIZATION ? pm : null;
            if (body != null) memberOf(registry, person, body);
        }
        List<Integer> toks = s.subtree(head, skip);
        toks.removeIf(t -> t > head && s.relation(t).equals("punct") && s.head(t) != head);
        if (toks.isEmpty()) return;
        int from = toks.get(0);
        int to = toks.get(toks.size() - 1);
        while (to > from && s.isPunct(to)) to--;
        for (int t = from; t <= to; t++) {
            Mention m = ctx.mentionAt(s.index, t);
            if (m == null) m = bodyNamedBefore(ctx, s, t);
            if (m == null) continue;
            EntityNode e = registry.entityOf(m);
            if (e.kind() == EntityKind.ORGANIZATION) memberOf(registry, person, m);
            if (e.kind() == EntityKind.COUNTRY) person.country(e);
        }
        for (int n : s.children(head, "nmod")) {
            if (s.children(n, "case").stream().anyMatch(c -> Set.of("to", "for", "of").contains(s.lemma(c)))) servedPerson(ctx, registry, s, n, person, serves);
        }
        // "member of X" says the membership; the title is the role, not the membership again.
        if (s.lemma(head).equals("member")) return;
        person.titles().add(s.text(from, to + 1));
    }

    /**
     * "met his Slovenian counterpart Tanja Fajon", "Lavrov's Turkish counterpart, Hakan Fidan": a counterpart holds the
     * office of the person whose counterpart he is, in the country the nationality word names. That person is the one
     * named in the possessive, or the one "his" or "her" refers to. Of an office written as two ("Deputy Prime Minister
     * and Foreign Minister"), the counterpart holds the one nearest the name.
     */
    private static void counterpart(ArticleView ctx, EntityRegistry registry, Actors actors, Sentences s, Mention m, EntityNode person) {
        int c = m.begin() - 1;
        if (c >= 0 && s.word(c).equals(",")) c--;
        if (c < 0 || !s.lemma(c).equals("counterpart")) return;
        EntityNode owner = null;
        for (int t = c - 1; t >= 0 && owner == null; t--) {
            Mention before = ctx.mentionAt(s.index, t);
            if (before != null && before.demonym()) {
                person.country(registry.entityOf(before));
                t = before.begin();
                continue;
            }
            if (s.tag(t).equals("PRP$")) owner = actors.lastPersonBefore(s.index, t, s.word(t));
            else if (s.tag(t).equals("POS") && t > 0 && ctx.mentionAt(s.index, t - 1) != null) owner = registry.entityOf(ctx.mentionAt(s.index, t - 1));
            else if (!s.tag(t).startsWith("JJ")) break;
        }
        if (owner == null || owner == person || owner.kind() != EntityKind.PERSON || owner.titles().isEmpty()) return;
        String[] offices = owner.titles().iterator().next().split(" and ");
        person.titles().add(offices[offices.length - 1]);
    }

    /** "Turkey's Directorate of Communications": the country whose possessive opens the name. */
    private static EntityNode possessingCountry(ArticleView ctx, EntityRegistry registry, Mention org) {
        Sentences s = ctx.sentences.get(org.sentence());
        if (org.begin() < 2 || !s.tag(org.begin() - 1).equals("POS")) return null;
        Mention owner = ctx.mentionAt(org.sentence(), org.begin() - 2);
        return owner != null && owner.kind() == EntityKind.COUNTRY ? registry.entityOf(owner) : null;
    }

    /** "Arise, France": a country named inside an organisation's name. */
    private EntityNode countryInside(EntityRegistry registry, Mention org) {
        Gazetteer gaz = Gazetteer.get();
        for (String word : org.name().split("[\\s,]+")) {
            Gazetteer.Entry g = gaz.lookup(word);
            if (g != null && g.kind() == EntityKind.COUNTRY) return registry.entity(EntityKind.COUNTRY, g.name());
        }
        return null;
    }
}
