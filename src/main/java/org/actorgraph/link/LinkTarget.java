package org.actorgraph.link;

import java.util.List;
import java.util.Set;

/**
 * An entity of the store to be linked, with what the graph knows that helps tell same-named candidates apart.
 *
 * @param iri          the entity's IRI
 * @param kind         which Wikidata types a candidate must have
 * @param label        its canonical label
 * @param names        all its names, the canonical label first
 * @param countryIri   the IRI of its {@code ag:country}, or null
 * @param countryNames the names of that country (empty when it has none)
 * @param titles       its {@code ag:title} values
 */
public record LinkTarget(String iri, TargetKind kind, String label, List<String> names, String countryIri,
                         Set<String> countryNames, Set<String> titles) {
    public LinkTarget {
        names = List.copyOf(names);
        countryNames = Set.copyOf(countryNames);
        titles = Set.copyOf(titles);
    }
}
