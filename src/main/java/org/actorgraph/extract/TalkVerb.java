package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** "X and Y discussed ...", "X spoke to Y", "X telephoned Y": talks between the subjects and whoever follows "with" or "to". */
final class TalkVerb implements EventRule {
    private static final Set<String> TALK = WordLists.words("talk-verbs.txt");
    private static final Set<String> CALLING = WordLists.words("calling-words.txt");
    /** Verbs that name talking itself; "the two sides agreed" names an outcome, not talks between them. */
    private static final Set<String> SPOKE = Set.of("speak", "talk", "telephone", "phone", "confer");
    private static final Set<String> SETTLEMENT = WordLists.words("settlement-nouns.txt");
    /** Both sides named, but they may have talked apart. */
    private static final double TALKED = 0.7;
    /** Sides read from who the unnamed speakers stand for ("the two leaders") are less sure than named ones. */
    private static final double SIDES_ONLY = 0.8;

    @Override public String name() { return "event.talk-verb"; }
    @Override public String description() { return "a verb of talking (talk-verbs.txt) with two or more sides among its subjects, \"with\" and \"to\"; agreeing only when dated or to a settlement"; }

    /** "spoke by phone", "telephoned": a call; other talking: talks. */
    private static String talkLabel(Sentences s, int v) {
        boolean byPhone = CALLING.contains(s.lemma(v)) || s.children(v, "obl").stream().anyMatch(o -> s.hasCase(o, "by") && CALLING.contains(s.lemma(o)));
        return byPhone ? "call" : "talks";
    }

    private static final Set<String> AUDIENCE = WordLists.words("audience-nouns.txt");

    private static boolean audience(EntityNode a) {
        String[] words = a.label().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return a.kind() == EntityKind.GROUP && AUDIENCE.contains(words[words.length - 1]);
    }

    /**
     * "Ghana and Togo have agreed to extend the deadline" reports an outcome the sides may have reached through others;
     * an agreement is an occasion of its own when the article dates it ("agreed on Saturday to reopen the border") or
     * when what was agreed is a settlement named as such ("agreed to a ceasefire").
     */
    private static boolean occasion(Sentences s, int v) {
        if (Dates.of(s, v, null, Dates.Tense.PAST).named()) return true;
        for (int c : s.children(v, null)) {
            String rel = s.relation(c);
            boolean agreedTo = rel.equals("obj") || rel.equals("obl") && (s.hasCase(c, "to") || s.hasCase(c, "on") || s.hasCase(c, "upon"));
            if (agreedTo && (SETTLEMENT.contains(s.lemma(c)) || AgreementNoun.AGREEMENT.contains(s.lemma(c)))) return true;
        }
        return false;
    }

    @Override
    public EventDraft match(Participants p, Sentences s, int v, EventDraft lastMeeting) {
        if (!s.isVerb(v) || !TALK.contains(s.lemma(v))) return null;
        if (s.lemma(v).equals("agree") && !occasion(s, v)) return null;
        List<Speaker> subjects = p.speakers.of(s, v);
        int subject = s.child(v, "nsubj");
        Set<EntityNode> who = new LinkedHashSet<>();
        for (Speaker sp : subjects) who.add(sp.entity());
        // "Pakistan's director general of military operations telephoned ...", "the two leaders last spoke": unnamed
        // people talk for the sides they stand for; with no subject resolved at all, only for a verb of talking
        // itself ("the two sides agreed" names an outcome, not talks between them).
        boolean bySides = false;
        if (subject >= 0 && subjects.stream().allMatch(sp -> sp.entity().kind() == EntityKind.GROUP)
                && (!subjects.isEmpty() || SPOKE.contains(s.lemma(v)))) {
            List<EntityNode> sides = p.sidesOf(s, subject);
            if (!sides.isEmpty()) {
                who.clear();
                who.addAll(sides);
                bySides = subjects.isEmpty();
            }
        }
        if (who.isEmpty()) return null;
        // "Speaking to reporters aboard the plane": the press is an audience, no side of talks.
        for (int o : s.children(v, "obl")) {
            if (!s.hasCase(o, "with") && !s.hasCase(o, "to")) continue;
            for (EntityNode a : p.actors(s, o)) if (!audience(a)) who.add(a);
        }
        // "X telephoned his counterpart": the one called is the object.
        boolean calledDirectly = CALLING.contains(s.lemma(v));
        if (calledDirectly) for (int o : s.children(v, "obj")) who.addAll(p.actors(s, o));
        if (who.size() < 2) return null;
        double confidence = bySides ? TALKED * SIDES_ONLY : Math.min(TALKED, Participants.lowest(subjects));
        EventDraft e = new EventDraft(EventKind.MEETING, talkLabel(s, v), Participants.trigger(s, v), s.span(), confidence);
        e.participants.addAll(who);
        e.by(this, RuleUse.Part.FOUND);
        e.by(this, RuleUse.Part.PARTICIPANTS);
        return e;
    }
}
