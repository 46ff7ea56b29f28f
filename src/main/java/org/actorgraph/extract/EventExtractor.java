package org.actorgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meetings and speeches. A meeting verb ("met") takes its participants from the subject, "negotiators from X and Y"
 * included, and from "with" and objects; a meeting noun ("a meeting between X and Y") from "between". A meeting
 * between unnamed sides ("between the presidents") is between the sides of the meeting reported before it. A
 * speech is a speaking verb with an institution as its audience ("told the State Duma").
 */
final class EventExtractor {
    private static final Set<String> MEETING = WordLists.words("meeting-triggers.txt");
    private static final Set<String> SPEECH = WordLists.words("speech-triggers.txt");
    private static final Set<String> TALK = WordLists.words("talk-verbs.txt");
    private static final Set<String> HOLDING = WordLists.words("meeting-holding-verbs.txt");
    private static final Set<String> PLANNED = WordLists.words("planned-cues.txt");
    private static final Set<String> AMOUNT_WORDS = Set.of("and", "a", "an", "half");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

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
                else if (s.isVerb(t) && TALK.contains(lemma)) e = talkVerb(speakers, s, t);
                else if (s.tag(t).startsWith("NN") && MEETING.contains(lemma)) e = meetingNoun(ctx, speakers, s, t, lastMeeting);
                if (e == null) continue;
                when(ctx, s, e);
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
        for (int o : s.children(v, "obj")) who.addAll(actors(speakers, s, o));
        for (int o : s.children(v, "obl")) if (s.hasCase(o, "with")) who.addAll(actors(speakers, s, o));
        if (who.size() < 2) return null;
        Event e = new Event(EventKind.MEETING, s.lemma(v).equals("talk") ? "talks" : "meeting", trigger(s, v), s.span(),
                subjects.isEmpty() ? GROUPS : lowest(subjects));
        e.participants.addAll(who);
        for (int o : s.children(v, "obl")) if (s.hasCase(o, "in") || s.hasCase(o, "at")) e.place = placeAt(ctx, s, o);
        e.planned = planned(s, v);
        return e;
    }

    /** "X and Y discussed ...", "X spoke to Y": talks between the subjects and whoever follows "with" or "to". */
    private Event talkVerb(Speakers speakers, Sentences s, int v) {
        List<Speaker> subjects = speakers.of(s, v);
        if (subjects.isEmpty()) return null;
        Set<Entity> who = new LinkedHashSet<>();
        for (Speaker sp : subjects) who.add(sp.entity());
        for (int o : s.children(v, "obl")) if (s.hasCase(o, "with") || s.hasCase(o, "to")) who.addAll(actors(speakers, s, o));
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
            List<Entity> found = actors(speakers, s, m);
            if (found.isEmpty()) unnamedSides = s.hasCase(m, "between");
            who.addAll(found);
        }
        // "X held talks with Y", "X joined Y for talks": the sides of the verb the noun hangs on.
        String rel = s.relation(n);
        int verb = s.head(n);
        if ((rel.equals("obj") || rel.startsWith("obl")) && verb >= 0 && s.isVerb(verb) && HOLDING.contains(s.lemma(verb))) {
            for (Speaker sp : speakers.of(s, verb)) who.add(sp.entity());
            for (int o : s.children(verb, "obj")) if (o != n) who.addAll(actors(speakers, s, o));
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

    /** "negotiators from the United States and Russia": the actors a group of people comes from. */
    private List<Entity> sidesOf(ArticleContext ctx, Speakers speakers, Sentences s, int noun) {
        List<Entity> out = new ArrayList<>();
        for (int m : s.children(noun, "nmod")) if (s.hasCase(m, "from") || s.hasCase(m, "of")) out.addAll(actors(speakers, s, m));
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

    private List<Entity> actors(Speakers speakers, Sentences s, int token) {
        List<Entity> out = new ArrayList<>();
        Entity e = speakers.actorAt(s, token);
        if (e != null) out.add(e);
        for (int c : s.children(token, "conj")) {
            Entity ce = speakers.actorAt(s, c);
            if (ce != null && !out.contains(ce)) out.add(ce);
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

    /** Date and duration from the sentence's normalised time expressions; a year is never invented. */
    private void when(ArticleContext ctx, Sentences s, Event e) {
        LocalDate articleDate = ctx.article.date();
        for (int t = 0; t < s.size(); t++) {
            String norm = s.tokens.get(t).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (norm == null) continue;
            String ner = s.ner(t);
            if (ner.equals("DATE") && e.date == null) {
                Matcher full = FULL_DATE.matcher(norm);
                Matcher md = MONTH_DAY.matcher(norm);
                if (full.matches()) e.date = norm;
                else if (md.matches()) e.date = articleDate != null
                        ? String.format("%04d-%s-%s", articleDate.getYear(), md.group(1), md.group(2))
                        : "--" + md.group(1) + "-" + md.group(2);
            } else if (ner.equals("DURATION") && e.duration == null) {
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
