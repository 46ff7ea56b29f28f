package org.actorgraph.extract;

/** An actor a phrase was resolved to, and how sure the rule that resolved it is (0–1). */
record Speaker(Entity entity, double confidence) {}
