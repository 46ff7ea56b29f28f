package org.actorgraph.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One real-world entity as an article names it. Its {@link #key()} is the same in every article that names the same
 * entity, so that the graph holds one node for it.
 */
public final class Entity {
    private final EntityKind kind;
    private String key;
    private String label;
    private final Set<String> altLabels = new LinkedHashSet<>();
    private final Set<String> standIns = new LinkedHashSet<>();
    private final Set<String> titles = new LinkedHashSet<>();
    private final Set<Entity> memberOf = new LinkedHashSet<>();
    private final Set<String> sameAs = new LinkedHashSet<>();
    private Entity country;
    private boolean named;
    private String scope;

    Entity(EntityKind kind, String key, String label) {
        this.kind = kind;
        this.key = key;
        this.label = label;
    }

    public EntityKind kind() { return kind; }
    /** Stable identity across articles, e.g. "sergey-lavrov". */
    public String key() { return key; }
    public String label() { return label; }
    public Set<String> altLabels() { return altLabels; }
    /** Names of other things that stood for this one in the text: a capital speaking for its country ("Moscow said"). */
    public Set<String> standIns() { return standIns; }
    public Set<String> titles() { return titles; }
    public Set<Entity> memberOf() { return memberOf; }
    public Entity country() { return country; }
    /** IRIs of the same entity in other datasets (DBpedia resources). */
    public Set<String> sameAs() { return sameAs; }
    /** True when the article names this entity; false when it is only referred to (a city's country, say). */
    public boolean named() { return named; }

    /**
     * The id of the one article this entity is known in, or null for an entity known by name. A person the article
     * calls only "the Foreign Secretary" is such an entity: another article's Foreign Secretary may be someone else.
     */
    public String scope() { return scope; }

    void markNamed() { named = true; }

    void scope(String articleId) { scope = articleId; }

    void addName(String name) {
        if (name == null || name.isBlank()) return;
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

    void country(Entity c) {
        if (c != null && c != this && country == null) country = c;
    }

    @Override
    public String toString() {
        return kind + ":" + label;
    }
}
