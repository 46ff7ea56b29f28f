package org.actorgraph.extract;

/** An actor a phrase was resolved to, how sure the rule that resolved it is (0–1), and which rule that was. */
record Speaker(EntityNode entity, double confidence, Rule rule) {}
