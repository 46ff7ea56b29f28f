package org.actorgraph.model;

import java.util.List;

/**
 * One real-world entity as an article names it. Its {@code key} is the same in every article that names the same
 * entity, so that the graph holds one node for it.
 *
 * @param key       stable identity across articles, e.g. "sergey-lavrov"
 * @param altLabels other names the article gave it
 * @param standIns  names of other things that stood for this one in the text: a capital speaking for its country
 *                  ("Moscow said")
 * @param sameAs    IRIs of the same entity in other datasets (DBpedia resources)
 * @param named     true when the article names this entity; false when it is only referred to (a city's country)
 * @param scope     the id of the one article this entity is known in, or null for an entity known by name: a person
 *                  the article calls only "the Foreign Secretary" may be someone else in another article
 */
public record Entity(EntityKind kind, String key, String label, List<String> altLabels, List<String> standIns,
                     List<String> titles, List<Entity> memberOf, Entity country, List<String> sameAs, boolean named,
                     String scope) {
    public Entity {
        altLabels = List.copyOf(altLabels);
        standIns = List.copyOf(standIns);
        titles = List.copyOf(titles);
        memberOf = List.copyOf(memberOf);
        sameAs = List.copyOf(sameAs);
    }

    /** An entity known by its name alone, with nothing else said of it. */
    public static Entity named(EntityKind kind, String key, String label) {
        return new Entity(kind, key, label, List.of(), List.of(), List.of(), List.of(), null, List.of(), true, null);
    }

    @Override
    public String toString() {
        return kind + ":" + label;
    }
}
