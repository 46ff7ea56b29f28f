package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The events phase: at each token the event rules are tried in order and the first that finds an event takes it;
 * its timing is read next, and an event the article already reported is not added again.
 */
final class Events {
    private static final List<EventRule> RULES = List.of(new SpeechToInstitution(), new OpeningAddress(), new VisitRule(), new MeetingVerb(), new TalkVerb(),
            new SpeechNoun(), new MeetingNoun(), new AgreementNoun());
    private static final EventTiming TIMING = new EventTiming();
    private static final JoinedMeeting JOINED = new JoinedMeeting();
    private static final SameGathering SAME_GATHERING = new SameGathering();
    private static final SameAgreement SAME_AGREEMENT = new SameAgreement();
    private static final Entourage ENTOURAGE = new Entourage();
    private static final SameVisit SAME_VISIT = new SameVisit();
    private static final SceneOfEvent SCENE = new SceneOfEvent();

    static List<Rule> rules() {
        List<Rule> out = new ArrayList<>(RULES);
        out.addAll(List.of(JOINED, SAME_GATHERING, SAME_AGREEMENT, SAME_VISIT, ENTOURAGE, MeetingVerb.PLACE, MeetingNoun.INHERITED_SIDES, MeetingNoun.BODY_MEETING, MeetingNoun.HOSTED_AGAIN, MeetingNoun.SEPARATE, TIMING, EventTiming.FIRST_DAY, EventTiming.STATUS, EventTiming.DURATION, SceneOfEvent.DURING_VISIT, SceneOfEvent.IN_SENTENCE, SceneOfEvent.AT_GATHERING, SCENE));
        return out;
    }

    private Events() {}

    static void apply(ArticleView view, Speakers speakers, Findings findings) {
        Participants who = new Participants(view, speakers);
        List<EventDraft> found = new ArrayList<>();
        who.reported(found);
        EventDraft lastMeeting = null;
        for (Sentences s : view.sentences) {
            for (int t = 0; t < s.size(); t++) {
                if (JOINED.apply(who, s, t, JoinedMeeting.joinable(s, t, found))) {
                    findings.fired(JOINED, s, t);
                    continue;
                }
                if (denied(s, t) || background(s, t)) continue;
                EventDraft e = null;
                EventRule by = null;
                for (EventRule rule : RULES) {
                    e = rule.match(who, s, t, lastMeeting);
                    by = rule;
                    if (e != null) break;
                }
                if (e == null) continue;
                forTheirCountries(e);
                TIMING.apply(view, s, t, e);
                findings.fired(by, s, t);
                if (e.kind == EventKind.MEETING) lastMeeting = e;
                for (EventDraft one : e.split(MeetingNoun.SEPARATE)) {
                    if (one.repeats(found)) continue;
                    EventDraft hosted = one.again ? lastMeetingLike(one, found) : null;
                    if (hosted != null) {
                        SameGathering.merge(one, hosted, MeetingNoun.HOSTED_AGAIN);
                        findings.fired(MeetingNoun.HOSTED_AGAIN, s, t);
                        continue;
                    }
                    EventDraft agreed = SAME_AGREEMENT.earlier(one, s, t, found);
                    if (agreed != null) {
                        SameGathering.merge(one, agreed, SAME_AGREEMENT);
                        findings.fired(SAME_AGREEMENT, s, t);
                        continue;
                    }
                    EventDraft visited = SAME_VISIT.earlier(one, found);
                    if (visited != null) {
                        SameGathering.merge(one, visited, SAME_VISIT);
                        findings.fired(SAME_VISIT, s, t);
                        continue;
                    }
                    EventDraft same = SAME_GATHERING.earlier(one, found);
                    if (same != null) {
                        SAME_GATHERING.merge(one, same);
                        findings.fired(SAME_GATHERING, s, t);
                        continue;
                    }
                    found.add(one);
                    findings.add(one);
                }
            }
        }
        ENTOURAGE.apply(who, found, findings);
        SCENE.apply(who, found, findings);
    }

    /** The last meeting found that could be the same occasion as this one, or null. */
    private static EventDraft lastMeetingLike(EventDraft one, List<EventDraft> found) {
        for (int i = found.size() - 1; i >= 0; i--) {
            EventDraft e = found.get(i);
            if (e.kind == EventKind.MEETING && SameGathering.sameOccasion(one, e)) return e;
        }
        return null;
    }

    /**
     * "Pakistan's director general of military operations telephoned his Indian counterpart": an official the article
     * never names takes part for the country whose official he is.
     */
    private static void forTheirCountries(EventDraft e) {
        List<EntityNode> unnamed = e.participants.stream().filter(p -> p.scope() != null && p.kind() == EntityKind.PERSON && p.country() != null).toList();
        for (EntityNode p : unnamed) {
            e.participants.remove(p);
            e.participants.add(p.country());
        }
    }

    /**
     * "a calm that had held since the group agreed a truce": a clause saying since when something has held
     * gives the background of what the article reports, not an event it reports.
     */
    static boolean background(Sentences s, int v) {
        if (!s.isVerb(v)) return (s.relation(v).equals("obj") || s.relation(v).equals("nsubj:pass")) && s.head(v) >= 0 && s.isVerb(s.head(v)) && background(s, s.head(v));
        return s.children(v, "mark").stream().anyMatch(m -> s.lemma(m).equals("since"));
    }

    private static final java.util.Set<String> REFUSAL = WordLists.words("refusal-words.txt");

    /**
     * "did not meet", "has refused to negotiate with the RSF", "will not sign": an act denied or refused did not and
     * will not take place, whichever rule would read an event from its verb or from the object of that verb ("refused
     * to sign the accord", "did not hold talks").
     */
    static boolean denied(Sentences s, int v) {
        if (!s.isVerb(v)) return s.relation(v).equals("obj") && s.head(v) >= 0 && s.isVerb(s.head(v)) && denied(s, s.head(v));
        if (s.negated(v)) return true;
        for (int a : s.children(v, "aux")) if (s.negated(a)) return true;
        int h = s.head(v);
        return s.relation(v).equals("xcomp") && h >= 0 && (REFUSAL.contains(s.lemma(h)) || s.negated(h));
    }
}
