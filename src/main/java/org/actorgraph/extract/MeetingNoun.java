package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "A meeting between X and Y", "X held talks with Y", "held a first round of talks with Y": a meeting noun takes its
 * sides from "between" and "with", and from the verb of holding it hangs on ({@code meeting-holding-verbs.txt}) or that
 * qualifies it ("the talks she led with Y"). A
 * meeting "between the presidents" is between the sides of the meeting reported before it.
 */
final class MeetingNoun implements EventRule {
    static final Set<String> MEETING = WordLists.words("meeting-triggers.txt");
    static final Set<String> HOLDING = WordLists.words("meeting-holding-verbs.txt");
    private static final Set<String> GATHERING = SameGathering.GATHERING;
    private static final Set<String> MEDIATING = WordLists.words("mediating-verbs.txt");
    private static final Set<String> CONVENING = WordLists.words("convening-verbs.txt");
    private static final Set<String> BODIES = WordLists.words("member-nouns.txt");
    /** Participants named as "between X and Y". */
    private static final double BETWEEN = 0.85;
    /** A body's own meeting, named by the body qualifying the noun alone. */
    private static final double BODY = 0.75;
    /** Participants carried over from the meeting reported before. */
    private static final double INHERITED = 0.55;

    static final Rule INHERITED_SIDES = Rule.named("event.inherited-sides", Phase.EVENTS,
            "a meeting between unnamed sides is between the sides of the meeting before it");

    /** Prepositions placing a verb just before or after a meeting: "after", "before", "following", "ahead of". */
    private static final Set<String> AROUND = Set.of("after", "before", "following", "ahead", "at");
    /** Prepositions placing one person by another: "sat across from", "stood beside", "alongside". */
    static final Set<String> BESIDE = Set.of("across", "opposite", "beside", "alongside", "next");
    /** Prepositions naming what a meeting is about. */
    private static final Set<String> TOPIC_CASES = Set.of("on", "about", "over");

    static final Rule BODY_MEETING = Rule.named("event.body-meeting", Phase.EVENTS,
            "a meeting noun qualified by an organisation alone (\"an Arab League summit\", \"a meeting of NATO ministers\") is that body's meeting");

    static final Rule HOSTED_AGAIN = Rule.named("event.hosted-again", Phase.EVENTS,
            "\"whose government hosted the talks\": a meeting named with \"the\" whose only side given is its host is the meeting reported before it, and the host joins it");

    static final Rule SEPARATE = Rule.named("event.separate-meetings", Phase.EVENTS,
            "\"separate meetings with X and Y\" are one meeting with each of them");

    @Override public String name() { return "event.meeting-noun"; }
    @Override public String description() { return "a meeting noun with its sides after \"between\" or \"with\", or on the verb of holding it"; }

    @Override
    public EventDraft match(Participants p, Sentences s, int n, EventDraft previous) {
        if (!s.tag(n).startsWith("NN")) return null;
        // "a follow-up round between the government and the rebels": a round is a meeting only between named sides, and
        // not a round of something else ("a second round of voting between the two candidates").
        boolean round = s.lemma(n).equals("round") && s.children(n, "nmod").stream().noneMatch(m -> s.hasCase(m, "of"));
        if (!MEETING.contains(s.lemma(n)) && !round) return null;
        Set<EntityNode> who = new LinkedHashSet<>();
        boolean unnamedSides = false;
        for (int m : s.children(n, "nmod")) {
            if (!s.hasCase(m, "between") && !s.hasCase(m, "with")) continue;
            List<EntityNode> found = p.actors(s, m);
            if (found.isEmpty()) unnamedSides = s.hasCase(m, "between");
            who.addAll(found);
        }
        // "co-hosted a conference on refugee aid with Egypt and the European Union", "talks on trade with China": the parser
        // hangs the sides on the subject of the meeting, which names no one that meets. Not when the meeting has sides
        // of its own: "talks with Putin on trade with Europe".
        boolean sidesNamed = !who.isEmpty() || s.head(n) >= 0 && s.children(s.head(n), "obl").stream().anyMatch(o -> s.hasCase(o, "with"));
        for (int m : sidesNamed ? List.<Integer>of() : s.children(n, "nmod")) {
            if (!TOPIC_CASES.stream().anyMatch(c -> s.hasCase(m, c)) || p.speakers.actorAt(s, m) != null) continue;
            for (int w : s.children(m, "nmod")) if (s.hasCase(w, "with")) who.addAll(p.actors(s, w));
        }
        // "indirect talks mediated by Qatar, Egypt and the United States", "talks hosted by Qatar": the mediators and
        // the host take part in the talks.
        for (int a : s.children(n, "acl")) {
            if (!MEDIATING.contains(s.lemma(a))) continue;
            for (int by : s.children(a, "obl")) if (s.hasCase(by, "by")) who.addAll(p.actors(s, by));
        }
        // "Lee's first summit with Trump", "his talks with Kim": the possessor holds the meeting with the other side.
        if (!who.isEmpty()) {
            for (int o : s.children(n, "nmod:poss")) {
                EntityNode holder = p.speakers.actorAt(s, o);
                if (holder != null) who.add(holder);
            }
        }
        String rel = s.relation(n);
        int verb = s.head(n);
        // "held a first round of talks with", "agreed after a long night of talks": the verb holds the noun the
        // meeting noun is "of", and that noun's preposition places the meeting.
        boolean ofNoun = rel.startsWith("nmod") && s.hasCase(n, "of") && verb >= 0 && s.tag(verb).startsWith("NN");
        int placed = ofNoun ? verb : n;
        if (ofNoun) {
            rel = s.relation(verb);
            verb = s.head(verb);
        }
        // "discussed the aid in a phone call with X": whoever acted in the meeting took part in it.
        // "said at the summit", "sat across from X at a council meeting": whoever acted at a body's meeting was there.
        // "the bloc's foreign ministers will discuss it at a meeting on Monday", "the agency's board will discuss the
        // outbreak at a session": the members of one body meeting are that body's meeting.
        EntityNode membersOf = verb >= 0 && s.isVerb(verb) && rel.startsWith("obl") && s.hasCase(placed, "at") ? membersOfOne(p, s, verb) : null;
        boolean within = rel.startsWith("obl") && (s.hasCase(placed, "in") || s.hasCase(placed, "during")
                || s.hasCase(placed, "at") && GATHERING.contains(s.lemma(n)) && !p.bodyOf(s, n).isEmpty()) || membersOf != null;
        // "X praised the talks' outcome after talks with Y", "X said after a call with Y": whoever acted just before or
        // after a meeting with named sides was the other side of it.
        boolean around = rel.startsWith("obl") && !who.isEmpty() && AROUND.stream().anyMatch(c -> s.hasCase(placed, c));
        boolean holding = verb >= 0 && s.isVerb(verb) && (HOLDING.contains(s.lemma(verb)) || rel.equals("obj") && CONVENING.contains(s.lemma(verb)));
        // "the United Nations convened talks in Nairobi": a meeting someone convened or hosted is theirs, whoever else came.
        // A chair alone is not a meeting: "chaired a session" names its sides elsewhere.
        boolean convened = rel.equals("obj") && verb >= 0 && s.isVerb(verb) && CONVENING.contains(s.lemma(verb)) && !s.lemma(verb).endsWith("chair")
                && !p.speakers.of(s, verb).isEmpty();
        if ((rel.equals("obj") || rel.startsWith("obl")) && verb >= 0 && s.isVerb(verb) && (within || holding)) {
            List<Speaker> doers = p.speakers.of(s, verb);
            for (Speaker sp : doers) who.add(sp.entity());
            // "said the bloc's ministers would discuss it at a meeting", with the ministers read as what was said: the body.
            if (doers.isEmpty() && membersOf != null) who.add(membersOf);
            // "the two ministers held talks", "Iranian negotiators held talks": the sides the group stands for.
            if (doers.isEmpty() && s.child(verb, "nsubj") >= 0) who.addAll(p.sidesOf(s, s.child(verb, "nsubj")));
            for (int o : s.children(verb, "obj")) if (o != n) who.addAll(p.actors(s, o));
            // "At a council meeting, X sat across from Y": whoever sat or stood by the one acting there was there too.
            if (within) {
                for (int o : s.children(verb, "obl")) if (BESIDE.stream().anyMatch(c -> s.hasCase(o, c))) who.addAll(p.actors(s, o));
            }
            // "negotiating with the Ugandan government in talks hosted by Kenya": the sides the verb meets in the meeting.
            if (within && MeetingVerb.MEETING.contains(s.lemma(verb))) {
                for (int o : s.children(verb, "obl")) if (s.hasCase(o, "with")) who.addAll(p.actors(s, o));
            }
        } else if (around && s.isVerb(verb)) {
            List<Speaker> doers = p.speakers.of(s, verb);
            for (Speaker sp : doers) who.add(sp.entity());
            // "the two countries agreed after talks mediated by Washington".
            if (doers.isEmpty() && s.child(verb, "nsubj") >= 0) who.addAll(p.sidesOf(s, s.child(verb, "nsubj")));
        }
        // "held meetings in Geneva with X and Y": the sides named on the verb of holding it.
        List<EntityNode> withOnVerb = new ArrayList<>();
        if (rel.equals("obj") && holding) {
            for (int o : s.children(verb, "obl")) if (s.hasCase(o, "with")) withOnVerb.addAll(p.actors(s, o));
        }
        who.addAll(withOnVerb);
        // "a conference on the two-state solution co-chaired by Saudi Arabia and France": the parser hangs the clause on
        // the nearer noun, but only a gathering is chaired or convened.
        for (int m : s.children(n, "nmod")) {
            for (int a : s.children(m, "acl")) {
                if (!CONVENING.contains(s.lemma(a))) continue;
                for (int by : s.children(a, "obl")) if (s.hasCase(by, "by")) who.addAll(p.actors(s, by));
            }
        }
        // "the talks she led in Washington with X", "the meeting that X held with Y": a clause right after the noun that
        // holds it names its sides as a holding verb does.
        Holding held = heldBy(s, n);
        if (held != null) {
            for (int subj : s.withConjuncts(held.subject())) {
                EntityNode holder = p.speakers.actorAt(s, subj);
                // "ahead of the ocean conference it will host": "it" is the country or body named before the noun.
                if (holder == null && s.lemma(subj).equals("it")) holder = p.lastBodyBefore(s, s.subtree(n, Set.of()).get(0));
                if (holder != null) who.add(holder);
            }
            for (int o : s.children(held.verb(), "obl")) if (s.hasCase(o, "with")) who.addAll(p.actors(s, o));
        }
        // "was due to fly to New York for a U.N. conference": whoever travels for a meeting takes part in it, where he goes.
        boolean travelledFor = rel.startsWith("obl") && s.hasCase(n, "for") && verb >= 0 && s.isVerb(verb) && VisitRule.TRAVEL.contains(s.lemma(verb));
        if (travelledFor) for (Speaker sp : p.speakers.of(s, verb)) who.add(sp.entity());
        boolean inherited = who.isEmpty() && unnamedSides && previous != null;
        if (inherited) who.addAll(previous.participants);
        // "an Arab League summit in Cairo", "a meeting of NATO foreign ministers": the body meets as itself.
        List<EntityNode> body = GATHERING.contains(s.lemma(n)) ? p.bodyOf(s, n) : List.of();
        who.addAll(body);
        // "Berg would invite the two men to a joint meeting": whoever invites and whoever is invited.
        // Only those invited by name: an unnamed group invited says nothing of who will come.
        if (rel.startsWith("obl") && s.hasCase(placed, "to") && verb >= 0 && s.isVerb(verb) && s.lemma(verb).equals("invite")) {
            List<EntityNode> invited = new ArrayList<>();
            for (int o : s.children(verb, "obj")) {
                List<EntityNode> two = p.theTwo(s, o);
                invited.addAll(two.isEmpty() ? p.actors(s, o) : two);
            }
            // Whoever invites is not among the invited: "the two men" read as the inviter and another names no guests.
            List<EntityNode> hosts = p.speakers.of(s, verb).stream().map(Speaker::entity).toList();
            if (!invited.isEmpty() && invited.stream().noneMatch(i -> i.kind() == EntityKind.GROUP || hosts.contains(i))) {
                who.addAll(hosts);
                who.addAll(invited);
            }
        }
        if (round && who.size() < 2) return null;
        boolean oneBody = who.size() == 1 && (!body.isEmpty() || who.contains(membersOf) || convened);
        // "Portugal's President Rui Costa, whose government hosted the talks, called the result a good start": "the
        // talks" are the ones reported before, which Portugal hosted.
        boolean hostedAgain = oneBody && convened && body.isEmpty()
                && s.children(n, "det").stream().anyMatch(d -> s.lemma(d).equals("the"));
        if (who.size() < 2 && !oneBody) return null;
        EventDraft e = new EventDraft(EventKind.MEETING, s.word(n).toLowerCase(Locale.ROOT), Participants.trigger(s, n), s.span(),
                inherited ? INHERITED : oneBody ? BODY : BETWEEN);
        e.participants.addAll(who);
        e.by(this, RuleUse.Part.FOUND);
        e.by(inherited ? INHERITED_SIDES : oneBody ? BODY_MEETING : this, RuleUse.Part.PARTICIPANTS);
        e.again = hostedAgain;
        if (separate(s, n, verb)) e.separately.addAll(sidesNamedWith(p, s, n, withOnVerb));
        e.place = p.placeIn(s, n);
        if (e.place == null && holding) e.place = p.placeIn(s, verb);
        if (e.place == null && held != null) e.place = p.placeIn(s, held.verb());
        if (e.place == null && travelledFor) {
            for (int o : s.children(verb, "obl")) if (e.place == null && s.hasCase(o, "to")) e.place = p.placeAt(s, o);
        }
        if (e.place != null) e.by(MeetingVerb.PLACE, RuleUse.Part.PLACE);
        return e;
    }

    /** The name a token is part of, or null. */
    private static Mention mentionAt(Participants p, Sentences s, int token) {
        return p.view.mentionAt(s.index, token);
    }

    /**
     * The one organisation or country whose members or officials the verb's subject names ("the bloc's foreign
     * ministers", "the organization's executive board"), or null when the subject is a name or names several sides.
     */
    private static EntityNode membersOfOne(Participants p, Sentences s, int verb) {
        int subj = s.clauseSubject(verb);
        if (subj < 0 || mentionAt(p, s, subj) != null || s.isPronoun(subj) || !s.tag(subj).startsWith("NN")) return null;
        if (!Speakers.titleNoun(s, subj) && !BODIES.contains(s.lemma(subj))) return null;
        Set<EntityNode> of = new LinkedHashSet<>();
        for (int o : s.children(subj, "nmod:poss")) {
            EntityNode e = p.speakers.actorAt(s, o);
            // "the bloc's ministers": the body last named.
            Mention body = e == null ? Affiliations.bodyNamedBefore(p.view, s, o) : null;
            if (body != null) e = p.speakers.registry().entityOf(body);
            if (e != null) of.add(e);
        }
        of.addAll(p.sidesOf(s, subj));
        if (of.size() != 1) return null;
        EntityNode one = of.iterator().next();
        return one.kind() == EntityKind.ORGANIZATION || one.kind() == EntityKind.COUNTRY ? one : null;
    }

    /** A verb of holding a meeting and its subject, in the clause after the meeting noun. */
    record Holding(int verb, int subject) {}

    /**
     * The verb of holding in a clause put right after the meeting noun with a subject of its own ("the talks she led",
     * "the meeting that X chaired"). The parser reads such a clause as the noun's relative clause, as a verb with the
     * noun for a second subject, or as a clause loosely attached, so the words' order decides: the subject begins
     * right after the noun (or its "that"), and the verb holds nothing else.
     */
    static Holding heldBy(Sentences s, int n) {
        int start = n + 1;
        if (start < s.size() && (s.lemma(start).equals("that") || s.lemma(start).equals("which"))) start++;
        for (int v = start + 1; v < Math.min(s.size(), start + 8); v++) {
            if (!s.isVerb(v) || !HOLDING.contains(s.lemma(v)) || !s.children(v, "obj").isEmpty()) continue;
            for (int subj : s.children(v, "nsubj")) {
                if (subj == n || s.tag(subj).startsWith("W")) continue;
                List<Integer> words = s.subtree(subj, Set.of());
                if (words.get(0) == start && words.get(words.size() - 1) < v) return new Holding(v, subj);
            }
        }
        return null;
    }

    /** "separate meetings", "met separately": each side named with "with" had a meeting of its own. */
    private static boolean separate(Sentences s, int noun, int verb) {
        for (int a : s.children(noun, "amod")) if (s.lemma(a).equals("separate")) return true;
        return verb >= 0 && s.children(verb, "advmod").stream().anyMatch(a -> s.lemma(a).equals("separately"));
    }

    /** The sides named after "with", on the noun or on the verb of holding it: each meets the others alone. */
    private static List<EntityNode> sidesNamedWith(Participants p, Sentences s, int noun, List<EntityNode> withOnVerb) {
        List<EntityNode> out = new java.util.ArrayList<>(withOnVerb);
        for (int m : s.children(noun, "nmod")) if (s.hasCase(m, "with")) out.addAll(p.actors(s, m));
        return out.size() >= 2 ? out : List.of();
    }
}
