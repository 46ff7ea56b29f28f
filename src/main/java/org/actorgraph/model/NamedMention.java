package org.actorgraph.model;

/**
 * Where the article refers to an entity: by name, by a nationality adjective (which names its country), or by a
 * pronoun or a description ("the foreign minister") resolved to a person named before.
 */
public record NamedMention(Span span, Entity entity, How how) {
    public enum How { NAME, DEMONYM, PRONOUN, DESCRIPTION }

    public boolean demonym() {
        return how == How.DEMONYM;
    }

    public boolean byName() {
        return how == How.NAME;
    }
}
