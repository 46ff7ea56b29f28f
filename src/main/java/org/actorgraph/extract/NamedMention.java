package org.actorgraph.extract;

/** Where the article names an entity; a nationality adjective counts as naming its country. */
public record NamedMention(Span span, Entity entity, boolean demonym) {}
