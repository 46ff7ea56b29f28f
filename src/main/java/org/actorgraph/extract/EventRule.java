package org.actorgraph.extract;

/** A rule that finds an event named at a token: a meeting verb, a meeting noun, a speech, an agreement. */
interface EventRule extends Rule {
    /** The event named at this token, or null; {@code lastMeeting} is the meeting reported before, if any. */
    EventDraft match(Participants who, Sentences s, int token, EventDraft lastMeeting);

    @Override
    default Phase phase() {
        return Phase.EVENTS;
    }
}
