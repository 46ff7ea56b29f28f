package org.actorgraph.extract;

/** Meetings bring actors together; speeches have one actor address an audience. */
public enum EventKind { MEETING, SPEECH }
