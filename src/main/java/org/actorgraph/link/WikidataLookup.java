package org.actorgraph.link;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Builds the one SPARQL query that looks an entity up: items whose English label or alias is one of the entity's
 * names and whose type fits, with the facts used to score them (English label and description, countries, offices
 * held). The text depends only on the entity's names and kind, so it doubles as the cache key.
 */
public final class WikidataLookup {
    /** Candidates considered per entity; a name shared by more items than this is too ambiguous to link anyway. */
    static final int MAX_CANDIDATES = 20;
    static final int MAX_NAMES = 8;

    private WikidataLookup() {}

    public static String query(LinkTarget target) {
        StringBuilder values = new StringBuilder();
        for (String name : searchNames(target)) {
            values.append(' ').append(NodeFmtLib.strNT(NodeFactory.createLiteralLang(name, "en")));
        }
        return """
                PREFIX wd:     <http://www.wikidata.org/entity/>
                PREFIX wdt:    <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <http://schema.org/>
                SELECT DISTINCT ?item ?fact ?value ?valueLabel WHERE {
                  {
                    SELECT DISTINCT ?item WHERE {
                      VALUES ?name {%s }
                      { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }
                      %s
                    }
                    LIMIT %d
                  }
                  {
                    ?item rdfs:label ?valueLabel . FILTER(LANG(?valueLabel) = "en") BIND("label" AS ?fact)
                  } UNION {
                    ?item schema:description ?valueLabel . FILTER(LANG(?valueLabel) = "en") BIND("description" AS ?fact)
                  } UNION {
                    ?item wdt:P27|wdt:P17 ?value . BIND("country" AS ?fact)
                    OPTIONAL { ?value rdfs:label ?valueLabel . FILTER(LANG(?valueLabel) = "en") }
                  } UNION {
                    ?item wdt:P39 ?value . BIND("office" AS ?fact)
                    OPTIONAL { ?value rdfs:label ?valueLabel . FILTER(LANG(?valueLabel) = "en") }
                  }
                }
                """.formatted(values, target.kind().typeFilter(), MAX_CANDIDATES);
    }

    /**
     * The names worth sending. For people only names of two or more words: a bare surname ("Lavrov") matches
     * whole families and adds nothing the full name does not.
     */
    static List<String> searchNames(LinkTarget target) {
        List<String> names = new ArrayList<>();
        for (String n : target.names()) {
            boolean usable = target.kind() != TargetKind.PERSON || n.strip().contains(" ");
            if (usable && names.size() < MAX_NAMES && !names.contains(n)) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            names.add(target.label());
        }
        return names;
    }
}
