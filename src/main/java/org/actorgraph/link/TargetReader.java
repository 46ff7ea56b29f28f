package org.actorgraph.link;

import org.actorgraph.vocabulary.AG;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Finds the actors and places of a store that have no Wikidata link yet. */
public final class TargetReader {
    private static final Property ALT_LABEL = ResourceFactory.createProperty(AG.SKOS + "altLabel");

    private TargetReader() {}

    /**
     * Entities to link, countries first so that the others can be checked against their countries' links, then by IRI.
     * An entity typed several ways (a country is also a place) is looked up as its most specific kind.
     */
    public static List<LinkTarget> unlinked(Dataset dataset) {
        return dataset.calculateRead(() -> read(dataset.getUnionModel()));
    }

    /** Wikidata items the store already links each entity to, by entity IRI. */
    public static Map<String, String> existingLinks(Dataset dataset) {
        return dataset.calculateRead(() -> {
            Map<String, String> links = new HashMap<>();
            dataset.getUnionModel().listStatements(null, OWL.sameAs, (RDFNode) null).forEachRemaining(s -> {
                if (s.getSubject().isURIResource() && s.getObject().isURIResource()
                        && LinkVocabulary.isWikidataItem(s.getObject().asResource().getURI())) {
                    links.putIfAbsent(s.getSubject().getURI(), s.getObject().asResource().getURI());
                }
            });
            return links;
        });
    }

    private static List<LinkTarget> read(Model union) {
        List<LinkTarget> targets = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TargetKind kind : TargetKind.values()) {
            union.listSubjectsWithProperty(RDF.type, kind.graphClass()).forEachRemaining(entity -> {
                // A title holder is known only by an office's name: Wikidata's item for it is the office.
                if (entity.isURIResource() && seen.add(entity.getURI()) && !hasWikidataLink(entity)
                        && !entity.hasProperty(RDF.type, AG.TitleHolder)) {
                    LinkTarget t = target(entity, kind);
                    if (t != null) {
                        targets.add(t);
                    }
                }
            });
        }
        targets.sort(Comparator.comparing((LinkTarget t) -> t.kind() != TargetKind.COUNTRY)
                .thenComparing(LinkTarget::iri));
        return targets;
    }

    private static boolean hasWikidataLink(Resource entity) {
        return entity.listProperties(OWL.sameAs).toList().stream()
                .map(Statement::getObject)
                .anyMatch(o -> o.isURIResource() && LinkVocabulary.isWikidataItem(o.asResource().getURI()));
    }

    private static LinkTarget target(Resource entity, TargetKind kind) {
        // One canonical label per article graph; across articles they agree, and the sorted first is stable if not.
        TreeSet<String> labels = literals(entity, RDFS.label);
        if (labels.isEmpty()) {
            return null;
        }
        String label = labels.first();
        List<String> names = new ArrayList<>();
        names.add(label);
        for (String n : labels) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        for (String n : literals(entity, ALT_LABEL)) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        String countryIri = null;
        Set<String> countryNames = new TreeSet<>();
        if (kind != TargetKind.COUNTRY) {
            Statement c = entity.getProperty(AG.country);
            if (c != null && c.getObject().isURIResource()) {
                Resource country = c.getObject().asResource();
                countryIri = country.getURI();
                countryNames.addAll(literals(country, RDFS.label));
                countryNames.addAll(literals(country, ALT_LABEL));
            }
        }
        return new LinkTarget(entity.getURI(), kind, label, names, countryIri, countryNames,
                literals(entity, AG.title));
    }

    private static TreeSet<String> literals(Resource r, Property p) {
        TreeSet<String> out = new TreeSet<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                String v = s.getString().strip();
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        });
        return out;
    }
}
