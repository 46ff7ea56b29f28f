package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Articles name a country in full once and then by the last word of its name: "the Democratic Republic of Congo"
 * then "eastern Congo", "Congo would not accept". The short name is not in the country list, because alone it could
 * be either Congo; within an article that names only one country ending with it, it is that country. With both
 * named ("the Republic of the Congo" and "DR Congo", then "Congo"), the short name stays as the tagger read it.
 */
final class ShortCountryNames implements Rule {
    private final Gazetteer gaz = Gazetteer.get();

    @Override public String name() { return "mention.short-country-name"; }
    @Override public Phase phase() { return Phase.MENTIONS; }
    @Override public String description() { return "a country name the list does not know, that ends the name of the one listed country the article names, is that country"; }

    /** {@code found} with each such short name replaced by a mention of the country it shortens. */
    void apply(List<Mention> found) {
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : found) if (m.kind() == EntityKind.COUNTRY && known(m.name())) named.add(m.name());
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.kind() != EntityKind.COUNTRY || m.demonym() || known(m.name())) continue;
            String only = null;
            int count = 0;
            for (String country : named) {
                if (endsWithName(country, m.text())) {
                    only = country;
                    count++;
                }
            }
            if (count == 1) found.set(i, new Mention(m.sentence(), m.begin(), m.end(), m.text(), EntityKind.COUNTRY, only, null, false));
        }
    }

    private boolean known(String name) {
        Gazetteer.Entry e = gaz.lookup(name);
        return e != null && e.kind() == EntityKind.COUNTRY;
    }

    private boolean endsWithName(String country, String shortName) {
        for (String n : gaz.namesOf(EntityKind.COUNTRY, country)) if (n.endsWith(" " + shortName)) return true;
        return false;
    }
}
