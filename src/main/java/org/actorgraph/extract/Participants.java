package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Who takes part in an event, read from the phrases that name its sides. */
final class Participants {
    private static final Set<String> REPRESENTING = WordLists.words("representing-nouns.txt");
    final ArticleView view;
    final Speakers speakers;

    Participants(ArticleView view, Speakers speakers) {
        this.view = view;
        this.speakers = speakers;
    }

    /**
     * The actors a participant phrase names, with its conjuncts. Holders of a title with no name of their own, and
     * governments and delegations, take part for whom they are of: "the Foreign Ministers of Iran, Turkey and Qatar"
     * are Iran, Turkey and Qatar (or the three ministers, when the article names each), "the Government of Iraq" is
     * Iraq. Other people and bodies take part as unnamed groups ({@link Groups}): "met a number of ministers and senior
     * officials".
     */
    List<EntityNode> actors(Sentences s, int token) {
        List<EntityNode> out = new ArrayList<>();
        for (int t : s.withConjuncts(Groups.counted(s, token))) {
            // "his French and German counterparts, X and Y": a plural named in apposition is each name.
            List<EntityNode> named = new ArrayList<>();
            if (s.tag(t).equals("NNS")) {
                for (int a : s.children(t, "appos")) {
                    for (int c : s.withConjuncts(a)) {
                        EntityNode e = speakers.actorAt(s, c);
                        if (e != null && !named.contains(e)) named.add(e);
                    }
                }
            }
            if (named.size() >= 2) {
                for (EntityNode f : named) if (!out.contains(f)) out.add(f);
                continue;
            }
            EntityNode e = speakers.actorAt(s, t);
            // "Syria's interim President Ahmad al-Sharaa" parsed with the name as a loose dependent of the title.
            if (e == null && Speakers.titleNoun(s, t)) {
                for (int d : s.children(t, "dep")) if (e == null && d > t) e = speakers.actorAt(s, d);
            }
            List<EntityNode> found = e == null ? List.of() : List.of(e);
            if (e == null && (Speakers.titleNoun(s, t) || REPRESENTING.contains(s.lemma(t)))) found = sidesOf(s, t);
            // "The foreign ministers of Kenya and Uganda signed ...": the holders of that title the article names, and
            // the countries they act for.
            if (e == null && Speakers.titleNoun(s, t) && s.tag(t).equals("NNS") && !found.isEmpty()) {
                List<EntityNode> holders = new ArrayList<>(holdersFor(s, t, found));
                if (!holders.isEmpty()) {
                    holders.addAll(found);
                    found = holders;
                }
            }
            // "Qatari and Egyptian mediators": people named by their nationalities take part for their countries.
            if (found.isEmpty() && s.tag(t).equals("NNS")) found = nationalities(s, t);
            if (found.isEmpty() && Groups.heads(view, s, t)) found = List.of(Groups.at(speakers.registry(), s, t));
            for (EntityNode f : found) if (!out.contains(f)) out.add(f);
        }
        return out;
    }

    /**
     * For "the foreign ministers of A and B": for each side, the one person of the article whose title holds the
     * plural's words ("foreign minister") and who is of that side; none unless every side has exactly one.
     */
    private List<EntityNode> holdersFor(Sentences s, int noun, List<EntityNode> sides) {
        StringBuilder words = new StringBuilder();
        for (int c : s.children(noun, null)) {
            if (c < noun && (s.relation(c).equals("amod") || s.relation(c).equals("compound")) && view.mentionAt(s.index, c) == null) words.append(s.lemma(c).toLowerCase(Locale.ROOT)).append(' ');
        }
        Pattern title = Pattern.compile("\\b" + Pattern.quote(words + s.lemma(noun).toLowerCase(Locale.ROOT)) + "\\b");
        List<EntityNode> out = new ArrayList<>();
        for (EntityNode side : sides) {
            EntityNode holder = null;
            for (EntityNode e : speakers.registry().entities()) {
                if (e.kind() != EntityKind.PERSON || e.country() != side && !e.memberOf().contains(side)) continue;
                if (e.titles().stream().noneMatch(t -> title.matcher(t.toLowerCase(Locale.ROOT)).find())) continue;
                if (holder != null) return List.of();
                holder = e;
            }
            if (holder == null) return List.of();
            out.add(holder);
        }
        return out;
    }

    /**
     * "negotiators from the United States and Russia", "EU foreign ministers", "the two leaders": the actors a group
     * of people comes from, or the two it refers back to.
     */
    List<EntityNode> sidesOf(Sentences s, int noun) {
        List<EntityNode> out = new ArrayList<>(theTwo(s, noun));
        if (!out.isEmpty()) return out;
        // "NATO foreign ministers", "EU leaders": the body a compound names.
        for (int c : s.children(noun, "compound")) {
            Mention cm = view.mentionAt(s.index, c);
            if (cm != null && !cm.demonym() && cm.kind() != EntityKind.PERSON && cm.kind() != EntityKind.PLACE) out.add(speakers.registry().entityOf(cm));
        }
        // "Leaders of Peru, Chile and Bolivia signed a charter": the leaders of the countries, wherever the article
        // names them.
        boolean leaders = s.lemma(noun).equals("leader");
        for (int m : s.children(noun, "nmod")) {
            if (!s.hasCase(m, "from") && !s.hasCase(m, "of")) continue;
            for (EntityNode a : actors(s, m)) out.add(leaders && s.hasCase(m, "of") ? itsLeader(a, s, noun) : a);
        }
        // "Pakistan's director general of military operations": the country or body whose official it is.
        for (int c : s.children(noun, "nmod:poss")) {
            Mention pm = view.mentionAt(s.index, c);
            if (pm != null && !pm.demonym() && (pm.kind() == EntityKind.COUNTRY || pm.kind() == EntityKind.ORGANIZATION)) out.add(speakers.registry().entityOf(pm));
        }
        out.addAll(nationalities(s, noun));
        return out;
    }

    /**
     * The body whose meeting a noun names: "an Arab League summit", "NATO's summit", "a meeting of NATO foreign
     * ministers", "a session of the Security Council". Only organisations count: "a Cairo meeting" is where, and "a
     * Russian-Chinese meeting" names its sides, which other phrases read.
     */
    List<EntityNode> bodyOf(Sentences s, int noun) {
        List<EntityNode> out = new ArrayList<>();
        List<Integer> qualifiers = new ArrayList<>(s.children(noun, "compound"));
        qualifiers.addAll(s.children(noun, "nmod:poss"));
        for (int m : s.children(noun, "nmod")) if (s.hasCase(m, "of")) qualifiers.add(m);
        for (int q : qualifiers) {
            Mention qm = view.mentionAt(s.index, q);
            if (qm != null && !qm.demonym() && qm.kind() == EntityKind.ORGANIZATION) {
                EntityNode e = speakers.registry().entityOf(qm);
                if (!out.contains(e)) out.add(e);
            } else if (qm == null && (Speakers.titleNoun(s, q) || REPRESENTING.contains(s.lemma(q)))) {
                // "a meeting of NATO foreign ministers": the body the members come from.
                for (int c : s.children(q, "compound")) {
                    Mention cm = view.mentionAt(s.index, c);
                    if (cm != null && !cm.demonym() && cm.kind() == EntityKind.ORGANIZATION && !out.contains(speakers.registry().entityOf(cm))) out.add(speakers.registry().entityOf(cm));
                }
            }
        }
        return out;
    }

    /** The countries of the nationality words qualifying a noun: "Qatari and Egyptian mediators". */
    private List<EntityNode> nationalities(Sentences s, int noun) {
        List<EntityNode> out = new ArrayList<>();
        for (int a : s.children(noun, "amod")) {
            Mention dm = view.mentionAt(s.index, a);
            if (dm != null && dm.demonym()) out.add(speakers.registry().entityOf(dm));
            for (int c : s.children(a, "conj")) {
                Mention cm = view.mentionAt(s.index, c);
                if (cm != null && cm.demonym()) out.add(speakers.registry().entityOf(cm));
            }
        }
        // "..., and Russian and Ukrainian delegations met": the parser may hang the nationality words elsewhere when a
        // clause before ends in an adjective; nationality words right before the noun, joined by "and" or commas,
        // still qualify it.
        for (int t = noun - 1; t >= 0; t--) {
            Mention dm = view.mentionAt(s.index, t);
            if (dm != null && dm.demonym()) {
                EntityNode country = speakers.registry().entityOf(dm);
                if (!out.contains(country)) out.add(country);
            } else if (!(t < noun - 1 && (s.lemma(t).equals("and") || s.word(t).equals(",")))) break;
        }
        return out;
    }

    /**
     * Who holds an event a noun names: its possessor ("Trump's address"), or the subject of the verb it hangs on
     * ("paid a visit", "met X during a visit", "told a news conference").
     */
    List<Speaker> holders(Sentences s, int noun) {
        for (int p : s.children(noun, "nmod:poss")) {
            Speaker sp = speakers.resolve(s, p);
            if (sp != null) return List.of(sp);
        }
        int h = s.head(noun);
        for (int depth = 0; depth < 2 && h >= 0 && !s.isVerb(h); depth++) h = s.head(h);
        return h >= 0 && s.isVerb(h) ? speakers.of(s, h) : List.of();
    }

    /**
     * "The two leaders met", "the two sides agreed", "both men": the last two people named before (for a title noun such as
     * "leaders" or "ministers"), or the last two countries (for "sides", "countries", "governments").
     */
    List<EntityNode> theTwo(Sentences s, int noun) {
        List<EntityNode> several = theSeveral(s, noun);
        if (!several.isEmpty()) return several;
        List<EntityNode> theirs = theirLeaders(s, noun);
        if (!theirs.isEmpty()) return theirs;
        boolean two = s.children(noun, "nummod").stream().anyMatch(n -> s.lemma(n).equals("two") || s.word(n).equals("2"))
                && s.children(noun, "det").stream().anyMatch(d -> s.lemma(d).equals("the"))
                // "both men", "both sides": two already named.
                || s.tag(noun).equals("NNS") && s.children(noun, "det").stream().anyMatch(d -> s.lemma(d).equals("both"));
        if (!two) return List.of();
        EntityKind kind = Speakers.titleNoun(s, noun) || PEOPLE.contains(s.lemma(noun)) ? EntityKind.PERSON
                : SIDES.contains(s.lemma(noun)) ? EntityKind.COUNTRY : null;
        if (kind == null) return List.of();
        // "When the two men met after the speech, Trump told Guterres": the two the main clause names right after.
        List<EntityNode> after = namedInMainClause(s, noun, kind);
        if (!after.isEmpty()) return after;
        // "the two leaders" after a minister was named last: the last two heads of state or government, however far
        // back, since a story names its leaders once and goes on with their ministers.
        if (s.lemma(noun).equals("leader")) {
            List<EntityNode> leaders = lastTwo(s, noun, kind, view.sentences.size(), Participants::leads);
            if (!leaders.isEmpty()) return leaders;
        }
        // "the two men" are no two women named before.
        Predicate<EntityNode> sex = sexOf(s.lemma(noun));
        List<EntityNode> pair = lastPair(s, noun, kind);
        if (!pair.isEmpty() && pair.stream().allMatch(sex)) return pair;
        // "the two ministers" after a chancellor was named: the last two whose titles hold the plural's word.
        if (kind == EntityKind.PERSON && Speakers.titleNoun(s, noun)) {
            String word = s.lemma(noun).toLowerCase(Locale.ROOT);
            List<EntityNode> holders = lastTwo(s, noun, kind, 3, e -> e.titles().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(word)));
            if (!holders.isEmpty()) return holders;
        }
        return lastTwo(s, noun, kind, 3, sex);
    }

    /** Who "men" or "women" can be: anyone whose first name does not say otherwise. */
    private static Predicate<EntityNode> sexOf(String noun) {
        FirstNameGender.Gender not = noun.equals("man") ? FirstNameGender.Gender.FEMALE : noun.equals("woman") ? FirstNameGender.Gender.MALE : null;
        return e -> not == null || e.kind() != EntityKind.PERSON || FirstNameGender.of(e.label()) != not;
    }

    /** The events the article has reported so far, which "the four leaders" may refer back to. */
    private List<EventDraft> reported = List.of();

    void reported(List<EventDraft> events) {
        reported = events;
    }

    private static final List<String> NUMBERS = List.of("three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /**
     * "Macron and Tusk travelled to Kyiv with Merz and Starmer. ... the four leaders spoke by phone with Trump": three
     * or more people counted with "the" are the people of the last event that had exactly that many.
     */
    private List<EntityNode> theSeveral(Sentences s, int noun) {
        if (s.children(noun, "det").stream().noneMatch(d -> s.lemma(d).equals("the"))) return List.of();
        if (!Speakers.titleNoun(s, noun) && !PEOPLE.contains(s.lemma(noun))) return List.of();
        int count = -1;
        for (int n : s.children(noun, "nummod")) {
            int i = NUMBERS.indexOf(s.lemma(n).toLowerCase(Locale.ROOT));
            if (i >= 0) count = i + 3;
            else if (s.word(n).matches("[3-9]")) count = Integer.parseInt(s.word(n));
        }
        if (count < 3) return List.of();
        for (int i = reported.size() - 1; i >= 0; i--) {
            List<EntityNode> people = reported.get(i).participants.stream().filter(e -> e.kind() == EntityKind.PERSON).toList();
            if (people.size() == count) return people;
        }
        return List.of();
    }

    /** For a subject of a clause put before the main one, the main clause's subject and object if both are of the kind. */
    private List<EntityNode> namedInMainClause(Sentences s, int noun, EntityKind kind) {
        int verb = s.head(noun);
        if (verb < 0 || !s.relation(noun).startsWith("nsubj") || !s.relation(verb).equals("advcl") || verb > s.head(verb)) return List.of();
        int main = s.head(verb);
        int subj = s.child(main, "nsubj");
        int obj = s.child(main, "obj");
        if (subj < 0 || obj < 0) return List.of();
        EntityNode a = speakers.actorAt(s, subj);
        EntityNode b = speakers.actorAt(s, obj);
        return a != null && b != null && a != b && a.kind() == kind && b.kind() == kind ? List.of(a, b) : List.of();
    }

    /**
     * The last two actors of the kind named before the noun, at most that many sentences before, that pass the test;
     * or none. A nationality word counts for its country.
     */
    private List<EntityNode> lastTwo(Sentences s, int noun, EntityKind kind, int sentences, Predicate<EntityNode> test) {
        List<EntityNode> out = new ArrayList<>();
        for (int i = view.mentions.size() - 1; i >= 0 && out.size() < 2; i--) {
            Mention m = view.mentions.get(i);
            if (!ArticleView.before(m, s.index, noun) || m.kind() != kind && !(kind == EntityKind.COUNTRY && m.demonym())) continue;
            if (m.sentence() < s.index - sentences) break;
            EntityNode e = m.demonym() ? speakers.registry().entityOf(m) : speakers.actors().actorOf(m);
            if (e != null && test.test(e) && !out.contains(e)) out.add(e);
        }
        return out.size() == 2 ? out : List.of();
    }

    /** A head of state or government: a title of {@code leader-titles.txt} that no "vice" or "deputy" qualifies. */
    static boolean leads(EntityNode person) {
        for (String title : person.titles()) {
            String t = title.toLowerCase(Locale.ROOT);
            if (t.contains("vice") || t.contains("deputy")) continue;
            for (Pattern word : LEADER_TITLES) if (word.matcher(t).find()) return true;
        }
        return false;
    }

    private static final List<Pattern> LEADER_TITLES = WordLists.words("leader-titles.txt").stream()
            .map(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b")).toList();

    /**
     * "X and Y visited Damascus, meeting Z. The two ministers also held talks": the last two of a kind named together
     * as one phrase ("X and Y") in the three sentences before, which the plural more likely refers to than the last
     * two named.
     */
    private List<EntityNode> lastPair(Sentences s, int noun, EntityKind kind) {
        for (int i = view.mentions.size() - 1; i >= 0; i--) {
            Mention m = view.mentions.get(i);
            if (!ArticleView.before(m, s.index, noun)) continue;
            if (m.sentence() < s.index - 3) break;
            if (m.kind() != kind || m.demonym()) continue;
            Sentences ms = view.sentences.get(m.sentence());
            int head = m.end() - 1;
            if (!ms.relation(head).equals("conj")) continue;
            Mention first = view.mentionAt(m.sentence(), ms.head(head));
            if (first == null || first.kind() != kind || first.demonym() || ms.children(ms.head(head), "conj").size() != 1) continue;
            EntityNode a = speakers.actors().actorOf(first);
            EntityNode b = speakers.actors().actorOf(m);
            return a != null && b != null && a != b ? List.of(a, b) : List.of();
        }
        return List.of();
    }

    /**
     * "The trade ministers of Ghana and Togo initialled a customs accord, while their leaders signed a declaration":
     * the heads of state or government of the two countries just named together, wherever the article names them; a
     * country whose leader it never names takes part as itself.
     */
    private List<EntityNode> theirLeaders(Sentences s, int noun) {
        if (!s.lemma(noun).equals("leader") || !s.tag(noun).equals("NNS")
                || s.children(noun, "nmod:poss").stream().noneMatch(o -> s.lemma(o).equals("they"))) return List.of();
        List<EntityNode> out = new ArrayList<>();
        for (EntityNode country : lastPair(s, noun, EntityKind.COUNTRY)) out.add(itsLeader(country, s, noun));
        return out;
    }

    /** The leader of a country the article names (see {@link Speakers#leaderOf}); the country itself when it names none. */
    private EntityNode itsLeader(EntityNode country, Sentences s, int noun) {
        EntityNode leader = country.kind() == EntityKind.COUNTRY ? speakers.leaderOf(country, s, noun) : null;
        return leader == null ? country : leader;
    }

    private static final Set<String> PEOPLE = Set.of("leader", "man", "woman", "official", "envoy", "counterpart", "diplomat", "negotiator");
    private static final Set<String> SIDES = Set.of("side", "country", "nation", "government", "state", "neighbour", "neighbor", "capital");

    /** The place a phrase names, or null: people and nationality words are no place. */
    EntityNode placeAt(Sentences s, int token) {
        Mention m = view.mentionAt(s.index, token);
        if (m == null || m.demonym() || m.kind() == EntityKind.PERSON) return null;
        return speakers.registry().entityOf(m);
    }

    /**
     * The place named after "in" or "at" on an event word ("talks in Doha", "met at the Vatican"), or through the
     * noun it qualifies ("in the resort city of Wonsan"); the last when several are ("in Geneva at the Palais des
     * Nations" is at the venue); null when none is named.
     */
    EntityNode placeIn(Sentences s, int word) {
        EntityNode place = null;
        for (int o : s.children(word, s.tag(word).startsWith("NN") ? "nmod" : "obl")) {
            if (!s.hasCase(o, "in") && !s.hasCase(o, "at")) continue;
            EntityNode where = placeAt(s, o);
            for (int m : s.children(o, "nmod")) if (where == null && s.hasCase(m, "of")) where = placeAt(s, m);
            if (where != null) place = where;
        }
        // "signed a declaration of principles in Nairobi": the parser hangs the place on the noun after "of".
        if (place == null && s.tag(word).startsWith("NN")) {
            for (int of : s.children(word, "nmod")) {
                if (!s.hasCase(of, "of")) continue;
                for (int o : s.children(of, "nmod")) if (place == null && (s.hasCase(o, "in") || s.hasCase(o, "at"))) place = placeAt(s, o);
            }
        }
        return place;
    }

    /** The last country or organisation the sentence names before the token, or null. */
    EntityNode lastBodyBefore(Sentences s, int token) {
        EntityNode out = null;
        for (Mention m : view.mentions) {
            if (m.sentence() != s.index || m.end() > token || m.demonym()) continue;
            EntityNode a = m.kind() == EntityKind.COUNTRY || m.kind() == EntityKind.ORGANIZATION ? speakers.actors().actorOf(m) : null;
            if (a != null) out = a;
        }
        return out;
    }

    static Span trigger(Sentences s, int t) {
        return new Span(s.charBegin(t), s.charEnd(t));
    }

    static double lowest(List<Speaker> who) {
        return who.stream().mapToDouble(Speaker::confidence).min().orElse(0);
    }
}
