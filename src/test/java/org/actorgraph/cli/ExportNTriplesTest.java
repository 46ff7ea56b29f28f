package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format ntriples} (or nt) writes every graph merged, like turtle, one triple a line. */
class ExportNTriplesTest {
    @TempDir
    Path tmp;

    @Test
    void nTriplesExportHoldsTheUnionOfAllGraphs() throws Exception {
        Path storeDir = tmp.resolve("store");
        long unionTriples;
        try (ActorStore store = Fixtures.smallStore(storeDir)) {
            store.ensureOntology(ModelFactory.createDefaultModel().add(AG.Person, RDFS.subClassOf, AG.Actor));
            unionTriples = store.tripleCount();
        }
        for (String name : new String[] {"ntriples", "nt"}) {
            Path file = tmp.resolve("out/all-" + name + ".nt");
            CliRun r = CliRun.of("export", "--store", storeDir.toString(), "--format", name, "--out", file.toString());
            assertEquals(0, r.exit(), r.err());
            assertEquals("Wrote ntriples to " + file, r.err().strip());
            Model back = RDFDataMgr.loadModel(file.toString(), Lang.NTRIPLES);
            assertEquals(unionTriples, back.size(), name);
            assertTrue(back.contains(AG.Person, RDFS.subClassOf, AG.Actor), name + " export includes the ontology");
        }
    }

    @Test
    void rdfXmlExportHoldsTheUnionOfAllGraphs() throws Exception {
        Path storeDir = tmp.resolve("store");
        long unionTriples;
        try (ActorStore store = Fixtures.smallStore(storeDir)) {
            unionTriples = store.tripleCount();
        }
        Path file = tmp.resolve("out/all.rdf");
        CliRun r = CliRun.of("export", "--store", storeDir.toString(), "--format", "rdfxml", "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        Model back = RDFDataMgr.loadModel(file.toString(), Lang.RDFXML);
        assertEquals(unionTriples, back.size());
    }

    @Test
    void anUnknownFormatNamesTheOptionAndTheFormatsInOneLine() {
        CliRun r = CliRun.of("export", "--store", tmp.resolve("s").toString(), "--format", "yaml");
        assertEquals(2, r.exit());
        String first = r.err().lines().findFirst().orElse("");
        assertEquals("Invalid value for option '--format': Unknown export format 'yaml'; expected one of "
                + "turtle, trig, nquads, jsonld, ntriples, rdfxml, graphml, gexf, csv-edges", first);
    }
}
