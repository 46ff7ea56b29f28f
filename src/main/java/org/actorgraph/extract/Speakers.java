package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who performs a verb: its subject, or what the subject refers to. Pronouns go to the last person named in their
 * sentence or to the one the last sentence naming someone is about, never further; "I" and "we" in a statement go to its speaker; "the foreign minister" goes to the person given that
 * title, or when the article names nobody with it, to the article's holder of the title; "statements from Lavrov"
 * and "a Foreign Office spokesman" to Lavrov and the Foreign Office; a capital acting goes to its country;
 * coordinated subjects give several actors. Each way of resolving carries its own confidence: a name in subject
 * position is surer than a pronoun.
 */
final class Speakers {
    private static final Set<String> TITLE_HEADS = WordLists.words("titles.txt");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> FIRST = Set.of("i", "me", "my", "myself", "we", "us", "our", "ourselves");
    private static final Set<String> SOURCE_NOUNS = WordLists.words("source-nouns.txt");
    private static final Set<String> ISSUING = Set.of("issue", "release", "publish", "post", "circulate", "distribute", "send");

    private final ArticleView view;
    private final Findings findings;
    private final EntityRegistry registry;
    private final Actors actors;

    Speakers(ArticleView view, Findings findings) {
        this.view = view;
        this.findings = findings;
        this.registry = findings.entities;
        this.actors = new Actors(view, registry);
    }

    Actors actors() {
        return actors;
    }

    EntityRegistry registry() {
        return registry;
    }

    /** The actors that perform the verb at {@code verb}, or an empty list. */
    List<Speaker> of(Sentences s, int verb) {
        boolean[] misattached = {false};
        int subject = subjectOf(s, verb, 0, misattached);
        // "who" read as the person named before it stands for that person alone.
        int own = s.child(verb, "nsubj");
        boolean relativeBefore = own >= 0 && subject >= 0 && s.tag(own).startsWith("W") && subject != own && subject < own && !s.relation(verb).equals("acl:relcl");
        List<Speaker> out = relativeBefore ? alone(s, subject) : withConjuncts(s, subject, misattached[0]);
        if (out.isEmpty() && (subject < 0 || s.ner(subject).equals("DATE"))) {
            out = new ArrayList<>();
            for (int t : namesAfterFrontedDate(s, verb)) add(s, t, false, out);
        }
        // "Biden said the agreement was a product of diplomacy and called on both sides to ...", "Modi warned that
        // India would not bow and said ...": a reporting verb parsed as coordinated into what the speaker said is the
        // speaker's second act (see CueContent.coordinatedCue); coordinated with a cue of the same tense whose
        // subject is an actor ("it welcomed the deal but warned"), it shares that subject.
        if (CueContent.coordinatedCue(s, verb)) {
            int clause = s.head(verb);
            int cue = clause >= 0 && s.relation(clause).equals("ccomp") ? s.head(clause) : -1;
            boolean ownCue = CueLexicon.cueAt(s, clause) && !out.isEmpty() && s.children(clause, "aux").isEmpty();
            // "Kim received Lavrov and told him that ..., KCNA reported": a frame closing the sentence after them
            // reports both verbs, and the second shares the first one's subject.
            if (cue >= 0 && cue < verb && s.isVerb(cue) && CueLexicon.cueAt(s, cue) && !ownCue) return of(s, cue);
        }
        if (out.isEmpty() && strandedSecondCue(s, verb)) {
            for (int w = verb - 1; w >= 0; w--) {
                if (!s.tag(w).equals("VBD") || !CueLexicon.cueAt(s, w) || s.child(w, "nsubj") < 0) continue;
                return of(s, w);
            }
        }
        // "Putin thanked Kim for sending troops to fight, telling him that ...": a reporting participle hung on a
        // clause whose subject is no actor is done by the first actor above it.
        if (out.isEmpty() && s.tag(verb).equals("VBG") && CueLexicon.cueAt(s, verb)) {
            for (int h = s.head(verb), depth = 0; h >= 0 && depth < 3; h = s.head(h), depth++) {
                if (!s.isVerb(h) || s.child(h, "nsubj") < 0) continue;
                List<Speaker> above = withConjuncts(s, s.child(h, "nsubj"), false);
                if (!above.isEmpty()) return above;
            }
        }
        return out;
    }

    /**
     * "the G7 said Israel had a right to defend itself and described Iran as ...": the parser may read a second
     * reporting verb after "and" as a participle and hang it inside what was said. Right after "and", with no
     * auxiliary or subject of its own and an object or particle of a reporting verb, it is the earlier speaker's
     * second act, as the same form would be after a finite verb.
     */
    private static boolean strandedSecondCue(Sentences s, int verb) {
        if (!s.tag(verb).equals("VBN") || verb == 0 || !s.lemma(verb - 1).equals("and")) return false;
        if (!s.children(verb, "aux").isEmpty() || !s.children(verb, "aux:pass").isEmpty() || s.child(verb, "nsubj") >= 0) return false;
        boolean phrasal = verb + 1 < s.size() && CueLexicon.verb(s.lemma(verb) + " " + s.lemma(verb + 1)) != null;
        return phrasal || !s.children(verb, "obj").isEmpty();
    }

    /**
     * "The next day, May 10, Macron and Tusk travelled to Kyiv", "Earlier on June 16, Trump and Starmer signed": the
     * parser may read the names after a fronted date as coordinated with the date. The names coordinated with a date
     * that hangs, within a few steps, on the verb, all before the verb, are its subject.
     */
    private static List<Integer> namesAfterFrontedDate(Sentences s, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < verb; t++) {
            int date = s.head(t);
            if (!s.relation(t).equals("conj") || date < 0 || !s.ner(date).equals("DATE") || !s.tag(t).startsWith("NNP")) continue;
            int up = date;
            for (int depth = 0; up >= 0 && up != verb && depth < 4; depth++) up = s.head(up);
            if (up == verb) out.add(t);
        }
        return out;
    }

    private List<Speaker> alone(Sentences s, int subject) {
        List<Speaker> out = new ArrayList<>();
        add(s, subject, false, out);
        return out;
    }

    private List<Speaker> withConjuncts(Sentences s, int subject, boolean misattached) {
        if (subject < 0) return List.of();
        List<Speaker> out = new ArrayList<>();
        for (int t : s.withConjuncts(subject)) add(s, t, misattached, out);
        return out;
    }

    /** Who a word of feeling is about: its subject, even a passive one ("The Council is encouraged by ..."). */
    List<Speaker> holders(Sentences s, int word) {
        return withConjuncts(s, s.child(word, "nsubj"), false);
    }

    private int subjectOf(Sentences s, int verb, int depth, boolean[] misattached) {
        if (depth > 3 || verb < 0) return -1;
        int subj = depth == 0 ? CueContent.frameSubject(s, verb) : s.child(verb, "nsubj");
        // "Merz, who visited Warsaw": a relative pronoun stands for the noun its clause qualifies.
        if (subj >= 0 && s.tag(subj).startsWith("W") && s.relation(verb).equals("acl:relcl")) return s.head(verb);
        // "X, leader of the Y and Z party, who said": after a long apposition the parser may hang the relative clause
        // elsewhere; "who" is then the person named last before it, "which" the body.
        if (subj >= 0 && s.tag(subj).startsWith("W") && subj == verb - 1) {
            int named = namedBefore(s, subj, s.lemma(subj).equals("who") ? EntityKind.PERSON : EntityKind.ORGANIZATION);
            if (named >= 0) return named;
        }
        if (subj >= 0 && !s.relation(subj).equals("nsubj:pass")) return subj;
        if (subj >= 0) {
            // Passive reporting: "it was announced by X".
            for (int o : s.children(verb, "obl")) if (s.hasCase(o, "by")) return o;
            return -1;
        }
        String rel = s.relation(verb);
        // "invited him to visit China": with an object, the verb's object does what it is asked to.
        if (rel.equals("xcomp") && depth == 0 && s.head(verb) >= 0 && s.child(s.head(verb), "obj") >= 0) return s.child(s.head(verb), "obj");
        // "is due to hold a summit", parsed with the infinitive as a clausal complement: an infinitive without a
        // subject of its own is done by the subject of the word it completes, as with "xcomp".
        boolean infinitive = s.tag(verb).equals("VB") && s.markedTo(verb);
        // "said Pakistan was ready to talk to India, and praised the offer", with "praised" hung on "talk": a verb in
        // the past tense shares no subject with an infinitive, so it is done by whoever heads the reported clause.
        if (rel.equals("conj") && s.tag(verb).equals("VBD") && s.tag(s.head(verb)).equals("VB") && s.markedTo(s.head(verb))) {
            int t = s.head(verb);
            while (t >= 0 && (s.relation(t).equals("xcomp") || s.relation(t).equals("ccomp") || s.relation(t).equals("conj"))) t = s.head(t);
            return subjectOf(s, t, depth + 1, misattached);
        }
        if (rel.equals("conj") || rel.equals("xcomp") || rel.equals("ccomp") && infinitive) return subjectOf(s, s.head(verb), depth + 1, misattached);
        // "X, who was due to meet Y", parsed with the clause hung on "who" and "who" in apposition: the relative
        // pronoun's antecedent.
        int pronoun = s.head(verb);
        if (rel.equals("acl") && pronoun >= 0 && s.tag(pronoun).startsWith("W") && s.relation(pronoun).equals("appos")) return s.head(pronoun);
        // "..., meeting Syria's leader on Friday", "after meeting his counterpart, X said": a participle clause
        // without a subject of its own is done by the subject of the clause it hangs on.
        if ((rel.equals("advcl") || rel.equals("dep")) && s.tag(verb).equals("VBG")) return subjectOf(s, s.head(verb), depth + 1, misattached);
        // "welcomed the change, saying the envoy had ...", with "saying" parsed as the mark of the clause it reports.
        if (CueContent.participleAsMark(s, verb)) return subjectOf(s, s.head(s.head(verb)), depth + 1, misattached);
        if (rel.equals("acl") && s.tag(verb).equals("VBG") && s.tag(s.head(verb)).startsWith("NNP")) return s.head(verb); // "X, speaking in ..., said"
        // "X became the first minister to visit Y", "X and Y became the first ministers to visit Damascus, meeting Z": an
        // infinitive or a participle qualifying what the subject is or became.
        if (rel.equals("acl") && (infinitive || s.tag(verb).equals("VBG"))
                && (s.relation(s.head(verb)).equals("xcomp") || s.child(s.head(verb), "cop") >= 0)) return subjectOf(s, s.head(verb), depth + 1, misattached);
        if (rel.equals("acl") && s.tag(verb).equals("VBN")) {
            // A mis-attached main verb after a long apposition: "X, a member of Y, called on Z".
            misattached[0] = true;
            int noun = s.head(verb);
            return s.relation(noun).equals("appos") ? s.head(noun) : noun;
        }
        return -1;
    }

    /**
     * The head of the last mention of that kind before the token that a comma follows ("X, leader of Y, who"), when
     * a comma stands right before the token too; or -1.
     */
    private int namedBefore(Sentences s, int token, EntityKind kind) {
        if (token == 0 || !s.word(token - 1).equals(",")) return -1;
        for (int t = token - 2; t >= 0; t--) {
            Mention m = view.mentionAt(s.index, t);
            if (m != null && m.kind() == kind && m.end() - 1 == t && t + 1 < s.size() && s.word(t + 1).equals(",")) return t;
        }
        return -1;
    }

    private void add(Sentences s, int token, boolean misattached, List<Speaker> out) {
        Speaker sp = resolve(s, token);
        if (sp == null) return;
        for (Speaker o : out) if (o.entity() == sp.entity()) return;
        if (misattached) sp = new Speaker(sp.entity(), sp.confidence() * (SpeakerRule.MISATTACHED.confidence() / SpeakerRule.NAMED.confidence()), SpeakerRule.MISATTACHED);
        out.add(sp);
    }

    /**
     * "In his inaugural address, Trump accused", "After her talks with X, Y said": a possessive in a phrase set before
     * its clause's subject refers to that subject when the subject names a person of the pronoun's gender. A pronoun
     * inside the subject itself ("His rival, X, said") is left to the person named before.
     */
    private EntityNode subjectAfter(Sentences s, int pronoun, String lemma) {
        if (!s.relation(pronoun).equals("nmod:poss")) return null;
        int phrase = s.head(pronoun);
        for (int depth = 0; depth < 3 && phrase >= 0; depth++) {
            int verb = s.head(phrase);
            if (verb < 0) return null;
            if (s.isVerb(verb)) {
                String rel = s.relation(phrase);
                if (!rel.startsWith("obl") && !rel.startsWith("advcl") && !rel.startsWith("nmod")) return null;
                int subject = s.child(verb, "nsubj");
                if (subject < 0 || subject < phrase) return null;
                Mention m = view.mentionAt(s.index, subject);
                if (m == null || m.kind() != EntityKind.PERSON) return null;
                EntityNode e = actors.actorOf(m);
                if (e == null) return null;
                FirstNameGender.Gender want = FirstNameGender.ofPronoun(lemma);
                FirstNameGender.Gender is = FirstNameGender.of(e.label());
                return want == FirstNameGender.Gender.UNKNOWN || is == FirstNameGender.Gender.UNKNOWN || is == want ? e : null;
            }
            phrase = verb;
        }
        return null;
    }

    /** The actor a noun phrase headed at {@code token} refers to, or null. */
    EntityNode actorAt(Sentences s, int token) {
        Speaker sp = resolve(s, token);
        return sp == null ? null : sp.entity();
    }

    Speaker resolve(Sentences s, int token) {
        Mention m = view.mentionAt(s.index, token);
        if (m != null && !m.demonym()) {
            EntityNode a = actors.actorOf(m);
            if (a == null) return null;
            return m.kind() == EntityKind.PLACE ? speaker(a, SpeakerRule.METONYM) : speaker(a, SpeakerRule.NAMED);
        }
        String lemma = s.lemma(token);
        if (s.isPronoun(token)) {
            if (firstPerson(s, token)) {
                Voice v = findings.voiceAt(s.charBegin(token));
                if (v != null) return new Speaker(v.speaker().entity(), Math.min(SpeakerRule.FIRST_PERSON.confidence(), v.speaker().confidence()), SpeakerRule.FIRST_PERSON);
                // A statement's own voice: its title names the author, and no quotation or other speaker intervenes.
                return registry.author() == null || view.quoted(s.charBegin(token)) ? null : speaker(registry.author(), SpeakerRule.AUTHOR);
            }
            // "The ministry said ... . It added that ...": "it" speaking is the body that spoke just before.
            if (lemma.equals("it") && token == 0 && s.relation(token).equals("nsubj") && s.relation(s.head(token)).equals("root")
                    && CueLexicon.cueAt(s, s.head(token))) {
                EntityNode body = bodySpokeBefore(s);
                return body == null ? null : speaker(body, SpeakerRule.EARLIER_SOURCE);
            }
            EntityNode bound = PERSONAL.contains(lemma) ? subjectAfter(s, token, lemma) : null;
            if (bound != null) return speaker(bound, SpeakerRule.CATAPHORA);
            EntityNode p = PERSONAL.contains(lemma) ? actors.lastPersonBefore(s.index, token, lemma) : null;
            return p == null ? null : speaker(p, SpeakerRule.PRONOUN);
        }
        // "the Foreign Minister, Sameh Shoukry"; without the comma the parser may leave the name a bare dependent.
        List<Integer> named = new ArrayList<>(s.children(token, "appos"));
        for (int d : s.children(token, "dep")) if (d > token) named.add(d);
        for (int a : named) {
            Mention am = view.mentionAt(s.index, a);
            if (am != null && am.kind() == EntityKind.PERSON) return speaker(registry.entityOf(am), SpeakerRule.APPOSED);
            // "the state news agency KCNA", "the militant group Hamas".
            if (am != null && am.kind() == EntityKind.ORGANIZATION && !s.tag(token).startsWith("NNP")) return speaker(registry.entityOf(am), SpeakerRule.APPOSED);
        }
        if (SOURCE_NOUNS.contains(lemma)) {
            // "Russia's TASS news agency": the name qualifying the noun comes before its owner.
            List<Integer> owners = new ArrayList<>(s.children(token, "compound"));
            owners.addAll(s.children(token, "nmod"));
            owners.addAll(s.children(token, "nmod:poss"));
            // "a readout issued by Beijing"; "remarks reported by an agency" stay the speaker's, not the agency's.
            for (int a : s.children(token, "acl")) {
                if (!ISSUING.contains(s.lemma(a))) continue;
                for (int by : s.children(a, "obl")) if (s.hasCase(by, "by")) owners.add(by);
            }
            for (int n : owners) {
                Mention nm = view.mentionAt(s.index, n);
                if (nm == null || nm.demonym()) continue;
                EntityNode a = actors.actorOf(nm);
                if (a != null) return speaker(a, SpeakerRule.STATEMENT_OF);
            }
        }
        // "BRICS leaders condemned", "foreign ministers of ASEAN voiced concern": the members of a body speak for it.
        if (s.tag(token).equals("NNS") && titleNoun(s, token)) {
            List<Integer> bodies = new ArrayList<>(s.children(token, "compound"));
            for (int n : s.children(token, "nmod")) if (s.hasCase(n, "of")) bodies.add(n);
            for (int n : bodies) {
                Mention bm = view.mentionAt(s.index, n);
                if (bm != null && !bm.demonym() && bm.kind() == EntityKind.ORGANIZATION) return speaker(registry.entityOf(bm), SpeakerRule.STATEMENT_OF);
            }
        }
        // "The statement said ...": the one who spoke in a statement or issued one in the sentence before.
        if (ISSUED.contains(lemma) && s.child(token, "det") >= 0 && s.lemma(s.child(token, "det")).equals("the")) {
            EntityNode issuer = issuerBefore(s, lemma);
            if (issuer != null) return speaker(issuer, SpeakerRule.EARLIER_SOURCE);
        }
        EntityNode governed = CountryGovernments.countryOf(view, registry, s, token);
        if (governed != null) return speaker(governed, SpeakerRule.GOVERNMENT);
        // "the Norwegian Foreign Ministry ... the ministry summoned Carl Vance": a noun of an organisation's name named just before.
        EntityNode body = bodyNamedBefore(s, token);
        if (body != null) return speaker(body, SpeakerRule.BODY_BEFORE);
        if (definiteTitle(s, token)) {
            int from = token;
            int wordsFrom = token;
            for (int c : s.children(token, null)) {
                if (c < from && !s.relation(c).equals("det") && !s.relation(c).equals("case")) from = c;
                if (c < wordsFrom && (s.relation(c).equals("compound") || s.relation(c).equals("amod"))) wordsFrom = c;
            }
            EntityNode p = actors.personTitled(s.text(wordsFrom, token + 1), s.index);
            if (p != null) return speaker(p, SpeakerRule.TITLE);
            EntityNode leader = s.lemma(token).equals("leader") ? leaderOf(countryOfTitle(s, token), s, token) : null;
            if (leader != null) return speaker(leader, SpeakerRule.TITLE);
            if (!s.tag(token).equals("NN") && !s.tag(token).equals("NNP")) return null;
            EntityNode holder = registry.titleHolder(titlePhrase(s, from, token));
            if (holder.country() == null) holder.country(countryOfTitle(s, token));
            return speaker(holder, SpeakerRule.TITLE);
        }
        return null;
    }

    /**
     * "the Norwegian Foreign Ministry ... the ministry summoned Carl Vance": "the" and the head word of an
     * organisation's name given in the three sentences before stand for it, as in the head-match pass of multi-pass
     * coreference (see {@link Affiliations#bodyNamedBefore(ArticleView, Sentences, int, int, boolean)}).
     */
    private EntityNode bodyNamedBefore(Sentences s, int t) {
        return bodyNamedBefore(s, t, Affiliations.BODY_REACH);
    }

    /** As above, looking {@code reach} sentences back. */
    EntityNode bodyNamedBefore(Sentences s, int t, int reach) {
        Mention m = Affiliations.bodyNamedBefore(view, s, t, reach, true);
        return m == null ? null : registry.entityOf(m);
    }

    /**
     * "The Chilean leader is due to address the assembly", "Leaders of Peru and Chile signed a charter. Peruvian
     * President Ana Torres ...": the head of state or government of the country that the article named last before
     * the word, else first after it; null when it names none.
     */
    EntityNode leaderOf(EntityNode country, Sentences s, int token) {
        if (country == null) return null;
        EntityNode last = null;
        for (Mention m : view.mentions) {
            if (m.kind() != EntityKind.PERSON) continue;
            EntityNode e = registry.entityOf(m);
            if (e.country() != country || !Participants.leads(e)) continue;
            if (!ArticleView.before(m, s.index, token)) return last != null ? last : e;
            last = e;
        }
        return last;
    }

    /** "Pakistan's director general", "the Indian foreign secretary": the country a title is held for. */
    private EntityNode countryOfTitle(Sentences s, int title) {
        for (int c : s.children(title, null)) {
            if (!s.relation(c).equals("nmod:poss") && !s.relation(c).equals("amod")) continue;
            Mention m = view.mentionAt(s.index, c);
            if (m != null && m.kind() == EntityKind.COUNTRY) return registry.entityOf(m);
        }
        return null;
    }

    /** Things a body issues that are later said to speak: "the statement said", "the communique added". */
    private static final Set<String> ISSUED = Set.of("statement", "communique", "communiqué", "declaration", "readout", "report", "letter");

    /** The organisation or country that spoke last in the sentence before, through a reporting verb. */
    private EntityNode bodySpokeBefore(Sentences s) {
        if (s.index == 0) return null;
        Sentences before = view.sentences.get(s.index - 1);
        for (int v = before.size() - 1; v >= 0; v--) {
            if (!before.isVerb(v) || !CueLexicon.cueAt(before, v)) continue;
            for (Speaker sp : of(before, v)) if (sp.entity().kind() != EntityKind.PERSON && sp.entity().kind() != EntityKind.GROUP) return sp.entity();
        }
        return null;
    }

    /**
     * The one that issued the thing named {@code noun} in the sentence before: "said in a statement", "issued a
     * statement".
     */
    private EntityNode issuerBefore(Sentences s, String noun) {
        if (s.index == 0) return null;
        Sentences before = view.sentences.get(s.index - 1);
        for (int n = 0; n < before.size(); n++) {
            if (!before.lemma(n).equals(noun) || !before.tag(n).startsWith("NN")) continue;
            int verb = before.head(n);
            if (verb < 0 || !before.isVerb(verb)) continue;
            List<Speaker> who = of(before, verb);
            if (!who.isEmpty()) return who.get(0).entity();
        }
        return null;
    }

    private static Speaker speaker(EntityNode e, SpeakerRule way) {
        return new Speaker(e, way.confidence(), way);
    }

    /**
     * A title noun ("minister", "envoys"), singular or plural; the tagger takes capitalised plurals ("Ministers") for
     * names and keeps them whole.
     */
    static boolean titleNoun(Sentences s, int t) {
        if (!s.tag(t).startsWith("NN")) return false;
        String lemma = s.lemma(t);
        return TITLE_HEADS.contains(lemma) || lemma.endsWith("s") && TITLE_HEADS.contains(lemma.substring(0, lemma.length() - 1));
    }

    static boolean firstPerson(Sentences s, int token) {
        return s.isPronoun(token) && FIRST.contains(s.lemma(token));
    }

    /**
     * A title that refers to one person: "the foreign minister", "Russia's foreign minister", or, capitalised as in
     * a headline, "Foreign Secretary welcomes ...". "A spokesman" and "ministers" refer to no one in particular.
     */
    static boolean definiteTitle(Sentences s, int token) {
        // "Foreign Minister Anna Lind": a title before a name is part of the name's phrase, not a reference.
        if (!TITLE_HEADS.contains(s.lemma(token)) || s.relation(token).equals("compound")) return false;
        // "Deputy Prime Minister and Foreign Minister Ayman Safadi": a second office, named with its portfolio, of the
        // person named after "and"; "the Prime Minister and President Hollande" are two people.
        if (s.child(token, "det") < 0) for (int c : s.children(token, "conj")) {
            if (c > token && s.tag(c).startsWith("NNP") && s.children(c, "compound").stream()
                    .anyMatch(t -> TITLE_HEADS.contains(s.lemma(t)) && !s.children(t, "compound").isEmpty())) return false;
        }
        int det = s.child(token, "det");
        if (det >= 0) return s.lemma(det).equals("the");
        if (!s.children(token, "nmod:poss").isEmpty()) return true;
        return s.tag(token).equals("NNP") && !s.children(token, "compound").isEmpty() && Character.isUpperCase(s.word(token).charAt(0));
    }

    /** The title as written, with a short "of" phrase after it: "Minister of Foreign Affairs of Iraq". */
    private static String titlePhrase(Sentences s, int from, int head) {
        int to = head;
        for (int n : s.children(head, "nmod")) {
            List<Integer> sub = s.subtree(n, Set.of());
            if (n > head && s.hasCase(n, "of") && sub.size() <= 5 && sub.get(0) == to + 1) to = sub.get(sub.size() - 1);
        }
        String phrase = s.text(from, to + 1);
        return phrase.replaceFirst("^(?i:the)\\s+", "");
    }
}
