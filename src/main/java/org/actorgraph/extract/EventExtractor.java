package org.actorgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Meetings and speeches. A meeting verb ("met") takes its participants from the subject, "negotiators from X and Y"
 * included, and from "with" and objects; a meeting noun ("a meeting between X and Y") from "between". A meeting
 * between unnamed sides ("between the presidents") is between the sides of the meeting reported before it. A
 * speech is a speaking verb with an institution as its audience ("told the State Duma"). An agreement is a noun
 * such as "deal" or "treaty" with its parties named.
 */
final class EventExtractor {
    private static final Set<String> MEETING = WordLists.words("meeting-triggers.txt");
    private static final Set<String> SPEECH = WordLists.words("speech-triggers.txt");
    private static final Set<String> TALK = WordLists.words("talk-verbs.txt");
    private static final Set<String> HOLDING = WordLists.words("meeting-holding-verbs.txt");
    private static final Set<String> PLANNED = WordLists.words("planned-cues.txt");
    private static final Set<String> REPRESENTING = WordLists.words("representing-nouns.txt");
    private static final Set<String> AGREEMENT = WordLists.words("agreement-triggers.txt");
    private static final Set<String> AGREEING = WordLists.words("agreement-verbs.txt");
    private static final Set<String> AMOUNT_WORDS = Set.of("and", "a", "an", "half");

    /** Participants named as "X and Y met" or "between X and Y". */
    private static final double BETWEEN = 0.85;
    /** Participants named through who the negotiators come from. */
    private static final double GROUPS = 0.75;
    /** Participants carried over from the meeting reported before ("between the presidents"). */
    private static final double INHERITED = 0.55;
    /** Talks read from "discussed" or "agreed" with both sides named: they may have talked apart. */
    private static final double TALKED = 0.7;

    private static Span trigger(Sentences s, int t) {
        return new Span(s.charBegin(t), s.charEnd(t));
    }

    private static double lowest(List<Speaker> who) {
        return who.stream().mapToDouble(Speaker::confidence).min().orElse(0);
    }

    List<Event> extract(ArticleContext ctx) {
        Speakers speakers = new Speakers(ctx);
        List<Event> out = new ArrayList<>();
        Event lastMeeting = null;
        for (Sentences s : ctx.sentences) {
            for (int t = 0; t < s.size(); t++) {
                Event e = null;
                String lemma = s.lemma(t);
                if (s.isVerb(t) && SPEECH.contains(lemma)) e = speech(ctx, speakers, s, t);
                else if (s.isVerb(t) && MEETING.contains(lemma)) e = meetingVerb(ctx, speakers, s, t);
                else if (s.isVerb(t) && TALK.contains(lemma)) e = talkVerb(ctx, speakers, s, t);
                else if (s.tag(t).startsWith("NN") && MEETING.contains(lemma)) e = meetingNoun(ctx, speakers, s, t, lastMeeting);
                else if (s.tag(t).startsWith("NN") && AGREEMENT.contains(lemma)) e = agreement(ctx, speakers, s, t);
                if (e == null) continue;
                when(ctx, s, t, e);
                if (e.kind == EventKind.MEETING) lastMeeting = e;
                if (!duplicate(out, e)) out.add(e);
            }
        }
        return out;
    }

    private Event speech(ArticleContext ctx, Speakers speakers, Sentences s, int v) {
        List<Speaker> who = speakers.of(s, v);
        int obj = s.child(v, "obj");
        if (who.isEmpty() || obj < 0) return null;
        Mention audience = ctx.mentionAt(s.index, obj);
        if (audience == null || audience.kind() != EntityKind.ORGANIZATION) return null;
        Event e = new Event(EventKind.SPEECH, "speech", trigger(s, v), s.span(), lowest(who));
        for (Speaker sp : who) e.participants.add(sp.entity());
        Entity org = ctx.entityOf(audience);
        e.participants.add(org);
        e.place = org;
        e.planned = planned(s, v);
        return e;
    }

    private Event meetingVerb(ArticleContext ctx, Speakers speakers, Sentences s, int v) {
        Set<Entity> who = new LinkedHashSet<>();
        List<Speaker> subjects = speakers.of(s, v);
        for (Speaker sp : subjects) who.add(sp.entity());
        int subj = s.child(v, "nsubj");
        if (subj >= 0 && who.isEmpty()) who.addAll(sidesOf(ctx, speakers, s, subj));
        for (int o : s.children(v, "obj")) who.addAll(actors(ctx, speakers, s, o));
        for (int o : s.children(v, "obl")) if (s.hasCase(o, "with")) who.addAll(actors(ctx, speakers, s, o));
        if (who.size() < 2) return null;
        Event e = new Event(EventKind.MEETING, s.lemma(v).equals("talk") ? "talks" : "meeting", trigger(s, v), s.span(),
                subjects.isEmpty() ? GROUPS : lowest(subjects));
        e.participants.addAll(who);
        for (int o : s.children(v, "obl")) if (s.hasCase(o, "in") || s.hasCase(o, "at")) e.place = placeAt(ctx, s, o);
        e.planned = planned(s, v);
        return e;
    }

    /** "X and Y discussed ...", "X spoke to Y": talks between the subjects and whoever follows "with" or "to". */
    private Event talkVerb(ArticleContext ctx, Speakers speakers, Sentences s, int v) {
        List<Speaker> subjects = speakers.of(s, v);
        if (subjects.isEmpty()) return null;
        Set<Entity> who = new LinkedHashSet<>();
        for (Speaker sp : subjects) who.add(sp.entity());
        for (int o : s.children(v, "obl")) if (s.hasCase(o, "with") || s.hasCase(o, "to")) who.addAll(actors(ctx, speakers, s, o));
        if (who.size() < 2) return null;
        Event e = new Event(EventKind.MEETING, "talks", trigger(s, v), s.span(), Math.min(TALKED, lowest(subjects)));
        e.participants.addAll(who);
        e.planned = planned(s, v);
        return e;
    }

    private Event meetingNoun(ArticleContext ctx, Speakers speakers, Sentences s, int n, Event previous) {
        Set<Entity> who = new LinkedHashSet<>();
        boolean unnamedSides = false;
        for (int m : s.children(n, "nmod")) {
            if (!s.hasCase(m, "between") && !s.hasCase(m, "with")) continue;
            List<Entity> found = actors(ctx, speakers, s, m);
            if (found.isEmpty()) unnamedSides = s.hasCase(m, "between");
            who.addAll(found);
        }
        // "X held talks with Y", "X joined Y for talks": the sides of the verb the noun hangs on.
        String rel = s.relation(n);
        int verb = s.head(n);
        // "held a first round of talks with": the verb holds the noun the meeting noun is "of".
        if (rel.startsWith("nmod") && s.hasCase(n, "of") && verb >= 0 && s.tag(verb).startsWith("NN")) {
            rel = s.relation(verb);
            verb = s.head(verb);
        }
        if ((rel.equals("obj") || rel.startsWith("obl")) && verb >= 0 && s.isVerb(verb) && HOLDING.contains(s.lemma(verb))) {
            for (Speaker sp : speakers.of(s, verb)) who.add(sp.entity());
            for (int o : s.children(verb, "obj")) if (o != n) who.addAll(actors(ctx, speakers, s, o));
        }
        boolean inherited = who.isEmpty() && unnamedSides && previous != null;
        if (inherited) who.addAll(previous.participants);
        if (who.size() < 2) return null;
        Event e = new Event(EventKind.MEETING, s.word(n).toLowerCase(Locale.ROOT), trigger(s, n), s.span(),
                inherited ? INHERITED : BETWEEN);
        e.participants.addAll(who);
        e.planned = planned(s, n);
        return e;
    }

    /**
     * "The agreement between X and Y", "the deal reached yesterday between X and Y", "X signed a treaty with Y":
     * the parties are named after "between" or "with" on the noun or on the verb that qualifies it, and by the
     * subject of a verb of concluding it.
     */
    private Event agreement(ArticleContext ctx, Speakers speakers, Sentences s, int n) {
        Set<Entity> who = new LinkedHashSet<>();
        List<Integer> heads = new ArrayList<>();
        heads.add(n);
        heads.addAll(s.children(n, "acl"));
        // "the agreement reached on Monday between X and Y" is often parsed as the subject of "reached".
        int governor = s.head(n);
        if (s.relation(n).startsWith("nsubj") && governor >= 0 && s.isVerb(governor) && AGREEING.contains(s.lemma(governor))) heads.add(governor);
        double confidence = BETWEEN;
        for (int h : heads) {
            for (int m : s.children(h, s.tag(h).startsWith("NN") ? "nmod" : "obl")) {
                if (s.hasCase(m, "between") || s.hasCase(m, "with")) who.addAll(actors(ctx, speakers, s, m));
            }
        }
        String rel = s.relation(n);
        int verb = s.head(n);
        if (rel.equals("obj") && verb >= 0 && s.isVerb(verb) && AGREEING.contains(s.lemma(verb))) {
            List<Speaker> parties = speakers.of(s, verb);
            for (Speaker sp : parties) who.add(sp.entity());
            for (int o : s.children(verb, "obl")) if (s.hasCase(o, "with")) who.addAll(actors(ctx, speakers, s, o));
            if (!parties.isEmpty()) confidence = Math.min(confidence, lowest(parties));
        }
        if (who.size() < 2) return null;
        Event e = new Event(EventKind.AGREEMENT, s.word(n).toLowerCase(Locale.ROOT), trigger(s, n), s.span(), confidence);
        e.participants.addAll(who);
        e.planned = planned(s, n);
        return e;
    }

    /** "negotiators from the United States and Russia": the actors a group of people comes from. */
    private List<Entity> sidesOf(ArticleContext ctx, Speakers speakers, Sentences s, int noun) {
        List<Entity> out = new ArrayList<>();
        for (int m : s.children(noun, "nmod")) if (s.hasCase(m, "from") || s.hasCase(m, "of")) out.addAll(actors(ctx, speakers, s, m));
        for (int a : s.children(noun, "amod")) {
            Mention dm = ctx.mentionAt(s.index, a);
            if (dm != null && dm.demonym()) out.add(ctx.entityOf(dm));
            for (int c : s.children(a, "conj")) {
                Mention cm = ctx.mentionAt(s.index, c);
                if (cm != null && cm.demonym()) out.add(ctx.entityOf(cm));
            }
        }
        return out;
    }

    /**
     * The actors a participant phrase names, with its conjuncts. Holders of a title with no name of their own, and
     * governments and delegations, take part for whom they are of: "the Foreign Ministers of Iran, Turkey and Qatar"
     * are Iran, Turkey and Qatar, "the Government of Iraq" is Iraq. Other people and bodies take part as unnamed
     * groups ({@link Groups}): "met a number of ministers and senior officials".
     */
    private List<Entity> actors(ArticleContext ctx, Speakers speakers, Sentences s, int token) {
        List<Entity> out = new ArrayList<>();
        for (int t : s.withConjuncts(Groups.counted(s, token))) {
            Entity e = speakers.actorAt(s, t);
            List<Entity> found = e == null ? List.of() : List.of(e);
            if (e == null && (Speakers.titleNoun(s, t) || REPRESENTING.contains(s.lemma(t)))) found = sidesOf(ctx, speakers, s, t);
            if (found.isEmpty() && Groups.heads(ctx, s, t)) found = List.of(Groups.at(ctx, s, t));
            for (Entity f : found) if (!out.contains(f)) out.add(f);
        }
        return out;
    }

    private Entity placeAt(ArticleContext ctx, Sentences s, int token) {
        Mention m = ctx.mentionAt(s.index, token);
        if (m == null || m.demonym() || m.kind() == EntityKind.PERSON) return null;
        return ctx.entityOf(m);
    }

    /** Planned when a modal, a future or a word like "possible" or "expected" governs or modifies the trigger. */
    private boolean planned(Sentences s, int t) {
        Set<Integer> near = new HashSet<>(s.children(t, null));
        int h = t;
        for (int depth = 0; depth < 3 && h >= 0; depth++) {
            near.add(h);
            near.addAll(s.children(h, "aux"));
            near.addAll(s.children(h, "amod"));
            String rel = s.relation(h);
            if (!(rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("nmod") || rel.equals("xcomp") || h == t)) break;
            h = s.head(h);
        }
        for (int n : near) if (n >= 0 && (PLANNED.contains(s.lemma(n)) || PLANNED.contains(s.word(n).toLowerCase(Locale.ROOT)))) return true;
        return false;
    }

    /**
     * Date and duration from the sentence's normalised time expressions. The date said of the event's own word
     * ("met on Tuesday", "talks on March 3"), or of the verb its noun hangs on ("held talks on Tuesday"), comes
     * first; otherwise the first day the sentence names.
     */
    private void when(ArticleContext ctx, Sentences s, int trigger, Event e) {
        LocalDate articleDate = ctx.article.date();
        Dates.Tense tense = e.planned ? Dates.Tense.PLANNED : Dates.Tense.PAST;
        Dates.When own = Dates.of(s, trigger, articleDate, tense);
        if (s.tag(trigger).startsWith("NN")) {
            // "the deal reached yesterday", "held talks on Tuesday": the verb that reports the event itself.
            for (int acl : s.children(trigger, "acl")) if (!own.named()) own = Dates.of(s, acl, articleDate, tense);
            int head = s.head(trigger);
            if (!own.named() && head >= 0 && s.isVerb(head) && (HOLDING.contains(s.lemma(head)) || AGREEING.contains(s.lemma(head)))) {
                own = Dates.of(s, head, articleDate, tense);
            }
        }
        e.date = own.named() ? own.day() : Dates.firstIn(s, articleDate, tense);
        for (int t = 0; t < s.size(); t++) {
            String norm = s.tokens.get(t).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (norm == null) continue;
            String ner = s.ner(t);
            if (ner.equals("DURATION") && e.duration == null) {
                int end = t;
                while (end + 1 < s.size() && s.ner(end + 1).equals("DURATION")) end++;
                // The tagger marks "hours" but leaves "four and a half" before it as plain numbers.
                int begin = t;
                while (begin > 0 && t - begin < 6 && (s.tag(begin - 1).equals("CD") || AMOUNT_WORDS.contains(s.lemma(begin - 1)))) begin--;
                e.duration = Durations.parse(s.text(begin, end + 1));
                if (e.duration == null && norm.matches("P(T?\\d+[YMWDHS])+")) e.duration = norm;
                t = end;
            }
        }
    }

    private static boolean duplicate(List<Event> seen, Event e) {
        for (Event o : seen) {
            if (o.kind == e.kind && o.participants.equals(e.participants) && o.planned == e.planned
                    && (e.date == null || e.date.equals(o.date))) return true;
        }
        return false;
    }
}
