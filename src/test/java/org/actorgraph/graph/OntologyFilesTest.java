package org.actorgraph.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.actorgraph.testing.Fixtures;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;

class OntologyFilesTest {
    @Test
    void missingResourceIsReportedByName() {
        Model m = ModelFactory.createDefaultModel();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OntologyFiles.readInto(m, "/ontology/no-such-file.ttl"));
        assertTrue(e.getMessage().contains("/ontology/no-such-file.ttl"), e.getMessage());
    }

    @Test
    void shippedOntologyAndTopicsParseIntoOneModel() {
        Model both = OntologyFiles.ontologyAndTopics();
        assertTrue(both.contains(AG.Person, null, (RDFNode) null), "ontology describes ag:Person");
        assertTrue(both.size() > OntologyFiles.ontology().size(), "topics add to the ontology");
    }

    @Test
    void shippedShapesParseAndTheTestFixtureConformsToThem() {
        Shapes shapes = OntologyFiles.shapes();
        assertFalse(shapes.isEmpty());
        Dataset fixture = Fixtures.small();
        for (String name : Fixtures.graphNames(fixture)) {
            Graph data = ModelFactory.createDefaultModel()
                    .add(fixture.getNamedModel(name))
                    .add(OntologyFiles.ontologyAndTopics())
                    .getGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, report);
            assertTrue(report.conforms(), name + ":\n" + out.toString(StandardCharsets.UTF_8));
        }
    }
}
