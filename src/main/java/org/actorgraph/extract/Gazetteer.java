package org.actorgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of countries, capitals and other cities, regions and well-known organisations, read from the lists beside
 * this class. It answers what a name refers to, and which country a city or organisation belongs to.
 */
public final class Gazetteer {
    /** What a known name stands for: its kind, canonical name, and (for cities and organisations) its country. */
    public record Entry(EntityKind kind, String name, String country, boolean capital) {}

    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private int longestName = 1;

    private static volatile Gazetteer shared;

    public static Gazetteer get() {
        if (shared == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) shared = new Gazetteer();
            }
        }
        return shared;
    }

    private Gazetteer() {
        for (String[] row : WordLists.rows("regions.txt")) put(row[0].trim(), new Entry(EntityKind.PLACE, row[0].trim(), null, false));
        for (String[] row : WordLists.rows("cities.tsv")) {
            if (row.length < 2) continue;
            put(row[0].trim(), new Entry(EntityKind.PLACE, row[0].trim(), row[1].trim(), false));
        }
        for (String[] row : WordLists.rows("countries.tsv")) {
            String name = row[0].trim();
            Entry country = new Entry(EntityKind.COUNTRY, name, null, false);
            put(name, country);
            if (row.length > 1) for (String alias : WordLists.split(row[1])) put(alias, country);
            if (row.length > 2) for (String d : WordLists.split(row[2])) countryByDemonym.put(d, name);
            if (row.length > 3) {
                List<String> cities = WordLists.split(row[3]);
                for (int i = 0; i < cities.size(); i++) put(cities.get(i), new Entry(EntityKind.PLACE, cities.get(i), name, true));
            }
        }
        for (String[] row : WordLists.rows("organizations.tsv")) {
            String name = row[0].trim();
            String country = row.length > 2 && !row[2].isBlank() ? row[2].trim() : null;
            Entry org = new Entry(EntityKind.ORGANIZATION, name, country, false);
            put(name, org);
            if (row.length > 1) for (String alias : WordLists.split(row[1])) put(alias, org);
        }
    }

    private void put(String name, Entry e) {
        byName.put(name, e);
        longestName = Math.max(longestName, name.split("\\s+").length);
    }

    /** The entry for a name exactly as written (case matters: "US" is a country, "us" is not). */
    public Entry lookup(String name) {
        Entry e = byName.get(name);
        if (e == null && name.startsWith("the ")) e = byName.get(name.substring(4));
        return e;
    }

    /** The country a nationality adjective or demonym names ("Russian" gives "Russia"), or null. */
    public String countryOfDemonym(String word) {
        return countryByDemonym.get(word);
    }

    public int longestName() {
        return longestName;
    }
}
