package org.actorgraph.extract;

import org.actorgraph.model.Entity;
import org.actorgraph.model.EntityKind;
import org.actorgraph.model.NameKeys;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An entity while its article is being read: rules add names, titles, memberships and links to it, and it is
 * frozen into a {@link Entity} at the end. Its {@link #key()} is the same in every article that names the same
 * entity, so that the graph holds one node for it.
 */
final class EntityNode {
    private final EntityKind kind;
    private String key;
    private String label;
    private final Set<String> altLabels = new LinkedHashSet<>();
    private final Set<String> standIns = new LinkedHashSet<>();
    private final Set<String> titles = new LinkedHashSet<>();
    private final Set<EntityNode> memberOf = new LinkedHashSet<>();
    private final Set<String> sameAs = new LinkedHashSet<>();
    private EntityNode country;
    private boolean named;
    private String scope;

    EntityNode(EntityKind kind, String key, String label) {
        this.kind = kind;
        this.key = key;
        this.label = label;
    }

    EntityKind kind() { return kind; }
    /** Stable identity across articles, e.g. "sergey-lavrov". */
    String key() { return key; }
    String label() { return label; }
    Set<String> altLabels() { return altLabels; }
    /** Names of other things that stood for this one in the text: a capital speaking for its country ("Moscow said"). */
    Set<String> standIns() { return standIns; }
    Set<String> titles() { return titles; }
    Set<EntityNode> memberOf() { return memberOf; }
    EntityNode country() { return country; }
    /** IRIs of the same entity in other datasets (DBpedia resources). */
    Set<String> sameAs() { return sameAs; }
    /** True when the article names this entity; false when it is only referred to (a city's country, say). */
    boolean named() { return named; }

    /**
     * The id of the one article this entity is known in, or null for an entity known by name. A person the article
     * calls only "the Foreign Secretary" is such an entity: another article's Foreign Secretary may be someone else.
     */
    String scope() { return scope; }

    void markNamed() { named = true; }

    void scope(String articleId) { scope = articleId; }

    void addName(String written) {
        if (written == null || written.isBlank()) return;
        String name = NameKeys.spaced(written);
        if (!name.equals(label)) altLabels.add(name);
    }

    /**
     * Names the entity after the encyclopedia page it was linked to, so that articles naming it differently
     * ("Putin", "Vladimir Putin") give it one key and one label; the old label stays as another name.
     */
    void rename(String newKey, String newLabel) {
        if (!newLabel.equals(label)) {
            altLabels.add(label);
            altLabels.remove(newLabel);
            label = newLabel;
        }
        key = newKey;
    }

    void country(EntityNode c) {
        if (c != null && c != this && country == null) country = c;
    }

    @Override
    public String toString() {
        return kind + ":" + label;
    }

    /** The finished entity; {@code frozen} holds the ones frozen before, so that references are shared. */
    Entity freeze(java.util.Map<EntityNode, Entity> frozen) {
        Entity done = frozen.get(this);
        if (done != null) return done;
        java.util.List<Entity> orgs = new java.util.ArrayList<>();
        for (EntityNode o : memberOf) orgs.add(o.freeze(frozen));
        done = new Entity(kind, key, label, java.util.List.copyOf(altLabels), java.util.List.copyOf(standIns),
                java.util.List.copyOf(titles), orgs, country == null ? null : country.freeze(frozen),
                java.util.List.copyOf(sameAs), named, scope);
        frozen.put(this, done);
        return done;
    }
}
