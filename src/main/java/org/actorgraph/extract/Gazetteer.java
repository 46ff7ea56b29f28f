package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.NameKeys;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of countries, capitals and other cities, regions and well-known organisations, read from the lists beside
 * this class. It answers what a name refers to, and which country a city or organisation belongs to.
 */
public final class Gazetteer {
    /** What a known name stands for: its kind, canonical name, and (for cities and organisations) its country. */
    public record Entry(EntityKind kind, String name, String country, boolean capital) {}

    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private final Map<String, String> demonymByCountry = new HashMap<>();
    private final Map<Entry, Set<String>> namesByEntry = new HashMap<>();
    private final Set<String> seatsOfPower = new HashSet<>();
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
        for (String[] row : WordLists.rows("regions.txt")) {
            Entry region = new Entry(EntityKind.PLACE, row[0].trim(), null, false);
            put(region.name(), region);
            if (row.length > 1) for (String alias : WordLists.split(row[1])) put(alias, region);
        }
        for (String[] row : WordLists.rows("cities.tsv")) {
            if (row.length < 2) continue;
            Entry city = new Entry(EntityKind.PLACE, row[0].trim(), row[1].trim(), false);
            put(city.name(), city);
            if (row.length > 2) for (String alias : WordLists.split(row[2])) put(alias, city);
        }
        for (String[] row : WordLists.rows("countries.tsv")) {
            String name = row[0].trim();
            Entry country = new Entry(EntityKind.COUNTRY, name, null, false);
            put(name, country);
            if (row.length > 1) for (String alias : WordLists.split(row[1])) put(alias, country);
            if (row.length > 2) for (String d : WordLists.split(row[2])) {
                countryByDemonym.put(d, name);
                demonymByCountry.putIfAbsent(name, d);
            }
            if (row.length > 3) {
                List<String> cities = WordLists.split(row[3]);
                for (int i = 0; i < cities.size(); i++) put(cities.get(i), new Entry(EntityKind.PLACE, cities.get(i), name, true));
                // The list mixes other seats of government with spellings of the capital; only spellings share names.
                for (String a : cities) {
                    for (String b : cities) {
                        if (sameCity(a, b)) namesByEntry.get(new Entry(EntityKind.PLACE, a, name, true)).add(b);
                    }
                }
            }
        }
        for (String[] row : WordLists.rows("organizations.tsv")) {
            String name = row[0].trim();
            String country = row.length > 2 && !row[2].isBlank() ? row[2].trim() : null;
            Entry org = new Entry(EntityKind.ORGANIZATION, name, country, false);
            put(name, org);
            if (row.length > 1) for (String alias : WordLists.split(row[1])) put(alias, org);
        }
        for (String[] row : WordLists.rows("seats-of-power.tsv")) seatsOfPower.add(row[0].trim());
    }

    /** "Brasilia" and "Brasília", "Sanaa" and "Sana'a", "Washington" and "Washington, D.C." name one city. */
    static boolean sameCity(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.equals(fb)) return true;
        int ca = a.indexOf(',');
        int cb = b.indexOf(',');
        return ca > 0 && cb < 0 && fold(a.substring(0, ca)).equals(fb) || cb > 0 && ca < 0 && fold(b.substring(0, cb)).equals(fa);
    }

    /** Spelling, case and spacing aside: "Kyiv"/"Kyïv", "N'Djamena"/"NDjamena". */
    private static String fold(String s) {
        return NameKeys.fold(s).replace(" ", "");
    }

    private void put(String name, Entry e) {
        namesByEntry.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(name);
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

    /** The adjective of a country ("Egypt" gives "Egyptian"), or null. */
    public String demonymOf(String country) {
        return demonymByCountry.get(country);
    }

    /**
     * Every name the lists give the entity of this kind and canonical name (the name itself, its aliases, other
     * spellings of a city), or an empty set when the lists do not know it.
     */
    public Set<String> namesOf(EntityKind kind, String canonical) {
        Entry e = byName.get(canonical);
        if (e == null || e.kind() != kind || !e.name().equals(canonical)) {
            // A city-state's capital shares the country's name ("Singapore", "Vatican City") and holds it in byName.
            return kind == EntityKind.COUNTRY ? namesByEntry.getOrDefault(new Entry(kind, canonical, null, false), Set.of()) : Set.of();
        }
        return namesByEntry.getOrDefault(e, Set.of());
    }

    /** True for a building or address that news text uses for a government ("the Kremlin"). */
    public boolean seatOfPower(String name) {
        return seatsOfPower.contains(name) || name.startsWith("the ") && seatsOfPower.contains(name.substring(4));
    }

    public int longestName() {
        return longestName;
    }
}
