package org.actorgraph.bench;

import java.util.List;
import java.util.Random;

/** Name parts the synthetic corpus and graph are made from; combined with a fixed seed they give varied, repeatable names. */
final class Names {
    private Names() {}

    static final List<String> FIRST = List.of("Amara", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Greta", "Hassan",
            "Ingrid", "Jonas", "Keiko", "Lucas", "Maryam", "Nikolai", "Olga", "Pablo", "Qiang", "Rania", "Stefan",
            "Tamar", "Umar", "Valeria", "Wei", "Ximena", "Yusuf", "Zofia", "Adrian", "Beatrix", "Carlos", "Daria",
            "Emil", "Fatima", "Gustavo", "Helena", "Ivan", "Julia", "Karim", "Leila", "Marek", "Nadia");
    static final List<String> LAST = List.of("Okafor", "Varga", "Lindqvist", "Moreau", "Petrenko", "Haddad", "Tanaka",
            "Kowalski", "Fischer", "Duarte", "Novak", "Rahimi", "Sorensen", "Castellano", "Ivanova", "Brennan",
            "Adeyemi", "Horvath", "Nakamura", "Schultz", "Bianchi", "Mensah", "Kaczmarek", "Oyelaran", "Wainwright",
            "Zamora", "Gruber", "Abdullah", "Lindgren", "Marchetti", "Sato", "Vasquez", "Yilmaz", "Eriksen", "Kuznetsov",
            "Dubois", "Ortega", "Papadopoulos", "Rossi", "Szabo");
    static final List<String> COUNTRIES = List.of("Norland", "Vastria", "Kelmar", "Ostravia", "Durania", "Belmont",
            "Carpathia", "Estmark", "Galdor", "Havenia", "Istria", "Jorvik", "Karelia", "Lutania", "Moravia", "Nevaria",
            "Orland", "Pelagia", "Quarnia", "Rovenia");
    static final List<String> CITIES = List.of("Port Alder", "Kessel", "Marbury", "Tollen", "Vireo", "Ashford",
            "Brindle", "Caldera", "Dunmore", "Eastwick", "Fenwick", "Glenhaven", "Harrow", "Ironbridge", "Juniper");
    static final List<String> ORG_KINDS = List.of("Council", "Alliance", "Union", "Commission", "Assembly", "Agency",
            "Forum", "Party", "Federation", "Bank");
    static final List<String> ORG_THEMES = List.of("Northern", "Coastal", "Democratic", "Economic", "Security",
            "Maritime", "Energy", "Trade", "Development", "Humanitarian", "Continental", "Atlantic");
    static final List<String> TITLES = List.of("Foreign Minister", "Prime Minister", "President", "Defence Minister",
            "Ambassador", "Secretary-General", "Spokesperson", "Finance Minister", "Deputy Foreign Minister", "Chancellor");
    static final List<String> SAY = List.of("said", "stated", "warned", "argued", "insisted", "told reporters",
            "stressed", "declared");
    static final List<String> CONTENT = List.of(
            "the sanctions against %s must be lifted before any talks can begin",
            "peace negotiations with %s should resume without preconditions",
            "the ceasefire agreed with %s had been violated several times this week",
            "%s was ready to support a new trade agreement on energy supplies",
            "the sovereignty of %s could not be a subject of negotiation",
            "humanitarian aid to %s needed to reach the border regions before winter",
            "military exercises near %s threatened the security of the whole region",
            "the elections in %s would be observed by an international mission",
            "a responsible, durable partnership with %s was better than symbolic gestures",
            "the new tariffs imposed by %s would hurt ordinary families more than governments");

    static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String key(String label) {
        return label.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
