package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Export formats are found through Jena's registry, by every name the command line has always accepted and more. */
class ExportFormatTest {
    @Test
    void theNamesOfEarlierReleasesStillWork() {
        assertEquals(ExportFormat.TURTLE, ExportFormat.parse("turtle"));
        assertEquals(ExportFormat.TURTLE, ExportFormat.parse("ttl"));
        assertEquals(ExportFormat.TURTLE, ExportFormat.parse(" Turtle "));
        assertEquals(ExportFormat.TRIG, ExportFormat.parse("trig"));
        assertEquals(ExportFormat.NQUADS, ExportFormat.parse("nquads"));
        assertEquals(ExportFormat.NQUADS, ExportFormat.parse("nq"));
        assertEquals(ExportFormat.JSONLD, ExportFormat.parse("jsonld"));
        assertEquals(ExportFormat.JSONLD, ExportFormat.parse("json-ld"));
    }

    @Test
    void jenasNamesAndExtensionsWorkToo() {
        assertEquals(ExportFormat.NQUADS, ExportFormat.parse("N-Quads"));
        assertEquals(ExportFormat.NTRIPLES, ExportFormat.parse("ntriples"));
        assertEquals(ExportFormat.NTRIPLES, ExportFormat.parse("N-Triples"));
        assertEquals(ExportFormat.NTRIPLES, ExportFormat.parse("nt"));
        assertEquals(ExportFormat.RDFXML, ExportFormat.parse("RDF/XML"));
        assertEquals(ExportFormat.RDFXML, ExportFormat.parse("rdf"));
    }

    @Test
    void everyIdParsesToItsOwnFormat() {
        assertEquals(List.of("turtle", "trig", "nquads", "jsonld", "ntriples", "rdfxml"), ExportFormat.ids());
        for (ExportFormat f : ExportFormat.values()) assertEquals(f, ExportFormat.parse(f.id()));
    }

    @Test
    void anythingElseIsRefusedWithTheList() {
        for (String name : new String[] {"", "yaml", "ttl.gz", "owl-functional"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse(name));
            assertTrue(e.getMessage().endsWith("expected one of turtle, trig, nquads, jsonld, ntriples, rdfxml"), e.getMessage());
        }
    }
}
