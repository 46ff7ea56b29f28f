package org.actorgraph.model;

/** Meetings bring actors together; speeches have one actor address an audience; agreements bind their parties. */
public enum EventKind { MEETING, SPEECH, AGREEMENT }
