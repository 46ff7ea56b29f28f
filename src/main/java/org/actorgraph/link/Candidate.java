package org.actorgraph.link;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A Wikidata item a lookup returned, with the facts the lookup asked for.
 *
 * @param iri         the item IRI
 * @param label       its English label, or null
 * @param description its English description, or null
 * @param countries   its countries of citizenship (P27) and countries (P17): item IRI to English label (may be "")
 * @param offices     English labels of the positions it held (P39)
 */
public record Candidate(String iri, String label, String description, Map<String, String> countries,
                        Set<String> offices) {

    public String qid() {
        return LinkVocabulary.qid(iri);
    }

    /** Reads the candidates out of a lookup's SPARQL JSON results, in the order the items first appear. */
    public static List<Candidate> parse(String resultsJson, String endpoint) {
        ResultSet rs;
        try {
            rs = ResultSetMgr.read(new ByteArrayInputStream(resultsJson.getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
        } catch (RiotException e) {
            throw new EndpointException("SPARQL endpoint " + endpoint + " sent results that are not SPARQL JSON: "
                    + e.getMessage(), e);
        }
        Map<String, Builder> items = new LinkedHashMap<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            RDFNode item = row.get("item");
            if (item == null || !item.isURIResource() || !LinkVocabulary.isWikidataItem(item.asResource().getURI())) {
                continue;
            }
            Builder b = items.computeIfAbsent(item.asResource().getURI(), Builder::new);
            String fact = text(row.get("fact"));
            RDFNode value = row.get("value");
            String valueLabel = text(row.get("valueLabel"));
            if (fact == null) {
                continue;
            }
            switch (fact) {
                case "label" -> b.label = b.label == null ? valueLabel : b.label;
                case "description" -> b.description = b.description == null ? valueLabel : b.description;
                case "country" -> {
                    if (value != null && value.isURIResource()) {
                        String label = valueLabel == null ? "" : valueLabel;
                        b.countries.merge(value.asResource().getURI(), label, (a, c) -> a.isEmpty() ? c : a);
                    }
                }
                case "office" -> {
                    if (valueLabel != null) {
                        b.offices.add(valueLabel);
                    }
                }
                default -> { }
            }
        }
        List<Candidate> out = new ArrayList<>();
        items.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private static String text(RDFNode n) {
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }

    private static final class Builder {
        final String iri;
        String label;
        String description;
        final Map<String, String> countries = new LinkedHashMap<>();
        final Set<String> offices = new LinkedHashSet<>();

        Builder(String iri) {
            this.iri = iri;
        }

        Candidate build() {
            return new Candidate(iri, label, description, Collections.unmodifiableMap(countries),
                    Collections.unmodifiableSet(offices));
        }
    }
}
