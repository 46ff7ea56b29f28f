package org.actorgraph.model;

/** The stance a position takes towards what it is about. */
public enum Stance { SUPPORT, OPPOSE, NEUTRAL }
