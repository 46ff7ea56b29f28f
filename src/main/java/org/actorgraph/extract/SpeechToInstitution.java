package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.List;
import java.util.Set;

/**
 * "Lavrov told the State Duma", "she will address the assembly" (the one named before): a speaking verb
 * ({@code speech-triggers.txt}) with an institution as its audience.
 */
final class SpeechToInstitution implements EventRule {
    private static final Set<String> SPEECH = WordLists.words("speech-triggers.txt");

    @Override public String name() { return "event.speech-to-institution"; }
    @Override public String description() { return "a speaking verb whose object is an organisation (a speech to it, held there) or a gathering (\"addressing the forum\")"; }

    @Override
    public EventDraft match(Participants p, Sentences s, int v, EventDraft lastMeeting) {
        // "was due to address the assembly": the tagger may take the verb for a noun, but a noun takes no object.
        boolean verb = s.isVerb(v) || s.tag(v).equals("NN") && s.child(v, "obj") >= 0 && s.child(v, "nsubj") >= 0;
        if (!verb || !SPEECH.contains(s.lemma(v))) return null;
        List<Speaker> who = p.speakers.of(s, v);
        int obj = s.child(v, "obj");
        if (who.isEmpty() || obj < 0) return null;
        Mention audience = p.view.mentionAt(s.index, obj);
        // "the Chilean leader is due to address the assembly": the assembly the article named, however long before. To
        // have "told the council" something is to have spoken at the council's meeting, not to have addressed it.
        EntityNode org = audience == null && !s.lemma(v).equals("tell") ? p.speakers.bodyNamedBefore(s, obj, s.index) : null;
        // "addressing the forum on Friday": a gathering addressed, named or not, heard a speech.
        boolean gathering = audience == null && org == null && s.lemma(v).equals("address") && SameGathering.GATHERING.contains(s.lemma(obj));
        if (org == null && !gathering && (audience == null || audience.kind() != EntityKind.ORGANIZATION)) return null;
        EventDraft e = new EventDraft(EventKind.SPEECH, "speech", Participants.trigger(s, v), s.span(), Participants.lowest(who));
        for (Speaker sp : who) e.participants.add(sp.entity());
        if (org == null && audience != null) org = p.speakers.registry().entityOf(audience);
        e.by(this, RuleUse.Part.FOUND);
        e.by(this, RuleUse.Part.PARTICIPANTS);
        if (org != null) {
            e.participants.add(org);
            e.place = org;
            e.by(this, RuleUse.Part.PLACE);
        }
        return e;
    }
}
