package org.actorgraph.extract;

import org.actorgraph.model.EventKind;

import java.util.List;

/**
 * "Iran and the agency signed an agreement in Cairo ... The two ministers signed the document after three hours": an
 * agreement noun with "the" or "this" refers back to the agreement the article reported last, so whoever signs it
 * here is added to that agreement rather than made an agreement of their own.
 */
final class SameAgreement implements Rule {
    @Override public String name() { return "event.same-agreement"; }
    @Override public Phase phase() { return Phase.EVENTS; }
    @Override public String description() { return "\"the agreement\", \"the document\" signed again is the agreement reported before it"; }

    /** The agreement already found that the one read at the token refers back to, or null. */
    EventDraft earlier(EventDraft later, Sentences s, int noun, List<EventDraft> found) {
        if (later.kind != EventKind.AGREEMENT || !s.tag(noun).startsWith("NN")) return null;
        boolean definite = s.children(noun, "det").stream().anyMatch(d -> s.lemma(d).equals("the") || s.lemma(d).equals("this"));
        // "the 2015 agreement" names another one.
        if (!definite || s.children(noun, null).stream().anyMatch(c -> s.tag(c).equals("CD"))) return null;
        // "Adamu and Kone signed a trade accord ... the presidents signed a declaration ... Adamu and Kone put their initials to the treaty": the agreement its
        // signers signed before, if one of them did; else the last one.
        EventDraft last = null;
        for (int i = found.size() - 1; i >= 0; i--) {
            EventDraft e = found.get(i);
            if (e.kind != EventKind.AGREEMENT) continue;
            if (e.participants.stream().anyMatch(later.participants::contains)) return SameGathering.sameOccasion(e, later) ? e : null;
            if (last == null) last = e;
        }
        // "the agreement that X and Y signed in Cairo on May 2", after a declaration signed in Geneva: another day
        // or another place is another agreement.
        return last != null && SameGathering.sameOccasion(last, later) ? last : null;
    }
}
