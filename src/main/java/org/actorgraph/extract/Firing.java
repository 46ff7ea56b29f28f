package org.actorgraph.extract;

import org.actorgraph.model.Span;

/** One time a rule fired: on which sentence, around which token (-1 for a whole sentence), and where. */
public record Firing(Rule rule, int sentence, int token, Span span) {}
