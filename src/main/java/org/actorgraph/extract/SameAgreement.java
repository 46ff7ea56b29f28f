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
        for (int i = found.size() - 1; i >= 0; i--) {
            EventDraft e = found.get(i);
            if (e.kind != EventKind.AGREEMENT) continue;
            if (e.planned != later.planned || e.date != null && later.date != null && !e.date.equals(later.date)) return null;
            return e;
        }
        return null;
    }
}
