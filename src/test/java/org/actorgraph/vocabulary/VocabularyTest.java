package org.actorgraph.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link AG} and {@code ontology/actorgraph.ttl} name the same ag: terms, each of the same kind, both ways. */
class VocabularyTest {
    private static Model ontology;

    @BeforeAll
    static void readOntology() {
        ontology = RDFDataMgr.loadModel("ontology/actorgraph.ttl");
    }

    /** The ag: terms the class declares, as public static Property (properties) or Resource (the rest) fields. */
    private static Set<String> constants(boolean properties) throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : AG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
            Resource term = (Resource) f.get(null);
            if (!term.getURI().startsWith(AG.NS)) continue;
            if (properties == term instanceof Property) out.add(term.getURI());
        }
        return out;
    }

    private static Set<String> declared(Resource... types) {
        Set<String> out = new TreeSet<>();
        for (Resource type : types) {
            ontology.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(AG.NS))
                    .forEachRemaining(r -> out.add(r.getURI()));
        }
        return out;
    }

    @Test
    void everyClassAndIndividualOfTheOntologyHasAConstantAndNoConstantIsMissingFromTheOntology() throws Exception {
        assertEquals(declared(OWL.Class, RDFS.Class, OWL.NamedIndividual), constants(false));
    }

    @Test
    void everyPropertyOfTheOntologyHasAConstantAndNoConstantIsMissingFromTheOntology() throws Exception {
        assertEquals(declared(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property),
                constants(true));
    }

    @Test
    void everyTermHasAComment() throws Exception {
        Set<String> all = new TreeSet<>(constants(false));
        all.addAll(constants(true));
        assertTrue(all.size() > 40, "the vocabulary is read: " + all);
        for (String iri : all) {
            Statement comment = ontology.getProperty(ontology.createResource(iri), RDFS.comment);
            assertTrue(comment != null && !comment.getString().isBlank(), iri + " has no rdfs:comment");
        }
    }

    @Test
    void theNamespaceIsGivenTheJenaWay() {
        assertEquals(AG.NS, AG.getURI());
        assertEquals(AG.NS, ontology.getNsPrefixURI("ag"));
    }
}
