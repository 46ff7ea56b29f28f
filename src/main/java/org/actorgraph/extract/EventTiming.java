package org.actorgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import org.actorgraph.model.RuleUse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When an event is: planned or held, its day and its duration. Planned when a modal, a future or a word like
 * "possible" or "expected" ({@code planned-cues.txt}) governs or modifies the trigger. The day said of the event's
 * own word ("met on Tuesday", "talks on March 3") or of the verb its noun hangs on ("held talks on Tuesday") comes
 * first; otherwise the first day the sentence names.
 */
final class EventTiming implements Rule {
    private static final Set<String> PLANNED = WordLists.words("planned-cues.txt");
    private static final Set<String> AMOUNT_WORDS = Set.of("and", "a", "an", "half");
    private static final Set<String> SPAN_WORDS = Set.of("in", "within");

    static final Rule FIRST_DAY = Rule.named("event.first-day-in-sentence", Phase.EVENTS, "an event whose words name no day is on the first day its sentence names");
    static final Rule STATUS = Rule.named("event.planned-cue", Phase.EVENTS, "a modal, future or planning word on the trigger makes the event planned");
    static final Rule DURATION = Rule.named("event.duration", Phase.EVENTS, "a duration the sentence names: \"four and a half hours\"");


    @Override public String name() { return "event.day-of-trigger"; }
    @Override public Phase phase() { return Phase.EVENTS; }
    @Override public String description() { return "the day a time expression on the trigger, or on the verb of holding it, names"; }

    void apply(ArticleView view, Sentences s, int trigger, EventDraft e) {
        e.planned = planned(s, trigger);
        if (e.planned) e.by(STATUS, RuleUse.Part.STATUS);
        LocalDate articleDate = view.article.date();
        Dates.Tense tense = e.planned ? Dates.Tense.PLANNED : Dates.Tense.PAST;
        Dates.When own = Dates.of(s, trigger, articleDate, tense);
        if (s.tag(trigger).startsWith("NN")) {
            // "the deal reached yesterday", "held talks on Tuesday": the verb that reports the event itself.
            for (int acl : s.children(trigger, "acl")) if (!own.named()) own = Dates.of(s, acl, articleDate, tense);
            int head = s.head(trigger);
            if (!own.named() && head >= 0 && s.isVerb(head)
                    && (MeetingNoun.HOLDING.contains(s.lemma(head)) || AgreementNoun.AGREEING.contains(s.lemma(head)))) {
                own = Dates.of(s, head, articleDate, tense);
            }
        }
        e.date = own.named() ? own.day() : Dates.firstIn(s, articleDate, tense);
        if (e.date != null) e.by(own.named() ? this : FIRST_DAY, RuleUse.Part.DATE);
        for (int t = 0; t < s.size(); t++) {
            String norm = s.tokens.get(t).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (norm == null || !s.ner(t).equals("DURATION") || e.duration != null) continue;
            int end = t;
            // "a quarter of a century" is one span the tagger marks in two pieces.
            while (end + 1 < s.size() && (s.ner(end + 1).equals("DURATION")
                    || s.word(end + 1).equals("of") && end + 2 < s.size() && s.ner(end + 2).equals("DURATION"))) end++;
            // The tagger marks "hours" but leaves "four and a half" before it as plain numbers.
            int begin = t;
            while (begin > 0 && t - begin < 6 && (s.tag(begin - 1).equals("CD") || AMOUNT_WORDS.contains(s.lemma(begin - 1)))) begin--;
            // "the first encounter in a quarter of a century", "a deal within 90 days": a span since or until, not how
            // long the event lasted.
            if (begin > 0 && SPAN_WORDS.contains(s.word(begin - 1).toLowerCase(Locale.ROOT))) {
                t = end;
                continue;
            }
            e.duration = Durations.parse(s.text(begin, end + 1));
            if (e.duration == null && norm.matches("P(T?\\d+[YMWDHS])+")) e.duration = norm;
            if (e.duration != null) e.by(DURATION, RuleUse.Part.DATE);
            t = end;
        }
    }

    private static final Set<String> PURPOSE = Set.of("aim", "intend", "design", "mean");

    private static boolean planned(Sentences s, int t) {
        if (concludedInThePast(s, t)) return false;
        if (heldAhead(s, t)) return true;
        // "it would be awkward to negotiate there, and the two delegations met instead in Istanbul": a verb in the past
        // tense with a subject of its own tells its own time, whatever modal governs the clause it hangs from; "if
        // they met" is a condition.
        if (s.tag(t).equals("VBD") && s.child(t, "nsubj") >= 0 && s.children(t, "mark").stream().noneMatch(m -> s.lemma(m).equals("if"))) return false;
        Set<Integer> near = new HashSet<>(s.children(t, null));
        // "signed a joint declaration aimed at ending their maritime dispute": what the thing is meant for says nothing of when.
        near.removeIf(c -> s.relation(c).equals("acl") && PURPOSE.contains(s.lemma(c)));
        int h = t;
        for (int depth = 0; depth < 3 && h >= 0; depth++) {
            near.add(h);
            near.addAll(s.children(h, "aux"));
            near.addAll(s.children(h, "amod"));
            String rel = s.relation(h);
            // "is due to hold a summit": an infinitive read as a clausal complement climbs as "xcomp" does.
            boolean infinitive = rel.equals("ccomp") && s.markedTo(h);
            if (!(rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("nmod") || rel.startsWith("obl") || rel.equals("xcomp") || infinitive || h == t)) break;
            // "had an open invitation to visit Russia": the parser hangs the infinitive on the verb, not on the noun
            // of planning that verb holds.
            if (infinitive && s.head(h) >= 0) near.addAll(s.children(s.head(h), "obj"));
            // "on the sidelines of a meeting of NATO ministers": a noun "of" another is one phrase, no step away.
            if (rel.startsWith("nmod") && s.hasCase(h, "of")) depth--;
            h = s.head(h);
        }
        // "on May 3": a month is no modal.
        for (int n : near) if (n >= 0 && !s.tag(n).startsWith("NNP") && (PLANNED.contains(s.lemma(n)) || PLANNED.contains(s.word(n).toLowerCase(Locale.ROOT)))) return true;
        return aheadInTime(s, t);
    }

    /**
     * "would implement the treaty that Kim and Putin signed in 2024", "will build on the talks they had held in May": a
     * relative clause on the noun that concluded or held it in the past says it happened, whatever is planned with it
     * now.
     */
    private static boolean concludedInThePast(Sentences s, int t) {
        if (!s.tag(t).startsWith("NN")) return false;
        // A participle alone says no time: "the deal reached in May", but "a state visit hosted by Lula" next week.
        for (int c : s.children(t, "acl:relcl")) {
            if (!AgreementNoun.AGREEING.contains(s.lemma(c)) && !MeetingNoun.HOLDING.contains(s.lemma(c))) continue;
            if (s.children(c, "aux").stream().anyMatch(a -> s.tag(a).equals("MD"))) continue;
            if (s.tag(c).equals("VBD") || s.tag(c).equals("VBN") && s.children(c, "aux").stream().anyMatch(a -> s.lemma(a).equals("have"))) return true;
        }
        return false;
    }

    /** "the health conference it will host in November": a clause on the noun that will hold it says it is to come. */
    private static boolean heldAhead(Sentences s, int t) {
        if (!s.tag(t).startsWith("NN")) return false;
        List<Integer> clauses = new ArrayList<>(s.children(t, "acl:relcl"));
        MeetingNoun.Holding held = MeetingNoun.heldBy(s, t);
        if (held != null) clauses.add(held.verb());
        for (int c : clauses) {
            if (!MeetingNoun.HOLDING.contains(s.lemma(c)) && !AgreementNoun.AGREEING.contains(s.lemma(c))) continue;
            if (s.children(c, "aux").stream().anyMatch(a -> PLANNED.contains(s.lemma(a)))) return true;
        }
        return false;
    }

    private static final Set<String> AHEAD = Set.of("next", "later", "coming", "upcoming");

    /** "a visit to Australia later this year", "talks next month": a time phrase on the trigger that lies ahead. */
    private static boolean aheadInTime(Sentences s, int t) {
        for (int c : s.children(t, null)) {
            String rel = s.relation(c);
            boolean time = rel.contains("tmod") || (rel.startsWith("nmod") || rel.startsWith("obl")) && s.ner(c).equals("DATE");
            if (!time) continue;
            for (int k : s.subtree(c, Set.of())) if (AHEAD.contains(s.lemma(k).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
