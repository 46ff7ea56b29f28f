package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.link.LinkVocabulary;
import org.actorgraph.query.PreparedQueries;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ActorGraphCommandTest {
    @TempDir
    Path tmp;

    /** Output and exit code of one command line run. */
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ActorGraphCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpExitsZeroAndListsTheSubcommands() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        for (String sub : new String[] {"convert", "export", "serve", "queries", "query", "link"}) {
            assertTrue(r.out().contains(sub), sub + " missing from:\n" + r.out());
        }
    }

    @Test
    void versionExitsZero() {
        Run r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("ActorGraph "), r.out());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        assertEquals(2, run("--no-such-option").exit());
        assertEquals(2, run("export", "--format", "yaml", "--store", tmp.resolve("s").toString()).exit());
        assertEquals(2, run("no-such-command").exit());
        assertEquals(2, run().exit(), "a subcommand is required");
    }

    @Test
    void serveHelpDocumentsTheDefaultStore() {
        Run r = run("serve", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("actorgraph-store"), r.out());
        assertTrue(r.out().contains("3030"), r.out());
    }

    @Test
    void exportRoundTripsInEveryFormat() throws Exception {
        Path storeDir = tmp.resolve("store");
        long unionTriples;
        long quads;
        try (ActorStore store = Fixtures.smallStore(storeDir)) {
            Model ontology = ModelFactory.createDefaultModel().add(AG.Person, RDFS.subClassOf, AG.Actor);
            store.ensureOntology(ontology);
            unionTriples = store.tripleCount();
            quads = Fixtures.quadCount(store.dataset());
        }
        assertTrue(unionTriples < quads, "fixture should repeat triples across graphs");

        Path turtle = tmp.resolve("out/all.ttl");
        Run r = run("export", "--store", storeDir.toString(), "--format", "turtle", "--out", turtle.toString());
        assertEquals(0, r.exit(), r.err());
        Model model = RDFDataMgr.loadModel(turtle.toString(), Lang.TURTLE);
        assertEquals(unionTriples, model.size());
        assertTrue(model.contains(AG.Person, RDFS.subClassOf, AG.Actor), "turtle export includes the ontology");
        String text = Files.readString(turtle);
        for (String prefix : new String[] {"ag", "dcterms", "nif", "skos", "schema", "id"}) {
            assertTrue(text.matches("(?s).*(@prefix|PREFIX) " + prefix + ":.*"), "turtle export declares " + prefix);
        }

        for (String[] f : new String[][] {{"trig", "trig"}, {"nquads", "nq"}, {"jsonld", "jsonld"}}) {
            Path file = tmp.resolve("out/all." + f[1]);
            Run e = run("export", "--store", storeDir.toString(), "--format", f[0], "--out", file.toString());
            assertEquals(0, e.exit(), f[0] + ": " + e.err());
            Dataset back = DatasetFactory.create();
            RDFDataMgr.read(back, file.toString());
            assertEquals(quads, Fixtures.quadCount(back), f[0]);
            assertEquals(5, Fixtures.graphNames(back).size(), f[0] + ": two articles, the ontology, names and summary graphs");
            assertTrue(back.getDefaultModel().isEmpty(), f[0] + " default graph");
        }
    }

    @Test
    void jsonldExportUsesTheCompactContextAndReadsBackToTheSameQuads() throws Exception {
        Path storeDir = tmp.resolve("store");
        try (ActorStore store = Fixtures.smallStore(storeDir)) {
            // The real ontology and topic scheme bring RDF lists (ag:involves) and language-tagged labels along.
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
            Model links = ModelFactory.createDefaultModel();
            links.add(links.createResource(Fixtures.LAVROV), OWL.sameAs,
                    links.createResource("http://www.wikidata.org/entity/Q9000001"));
            store.dataset().executeWrite(() -> store.dataset().addNamedModel(LinkVocabulary.LINKS_GRAPH, links));
        }
        Path nquads = tmp.resolve("out/all.nq");
        Path jsonld = tmp.resolve("out/all.jsonld");
        assertEquals(0, run("export", "--store", storeDir.toString(), "--format", "nquads", "--out", nquads.toString())
                .exit());
        Run r = run("export", "--store", storeDir.toString(), "--format", "jsonld", "--out", jsonld.toString());
        assertEquals(0, r.exit(), r.err());

        Dataset expected = RDFDataMgr.loadDataset(nquads.toString(), Lang.NQUADS);
        Dataset back = RDFDataMgr.loadDataset(jsonld.toString(), Lang.JSONLD);
        assertEquals(Fixtures.graphNames(expected).stream().sorted().toList(),
                Fixtures.graphNames(back).stream().sorted().toList());
        for (String name : Fixtures.graphNames(expected)) {
            assertTrue(expected.getNamedModel(name).isIsomorphicWith(back.getNamedModel(name)), name);
        }
        assertEquals(Fixtures.quadCount(expected), Fixtures.quadCount(back));
        assertTrue(back.getDefaultModel().isEmpty());

        JsonObject doc = JSON.read(jsonld.toString());
        assertTrue(doc.get("@context").isObject(), "the context is inline, so reading needs no network");
        JsonObject article = graphNamed(doc, "article/000-test");
        JsonObject position = node(article, "article/000-test/position/1");
        assertEquals("Position", position.get("type").getAsString().value());
        assertEquals("person/sergey-lavrov", position.get("statedBy").getAsString().value());
        assertEquals("Support", position.get("stance").getAsString().value());
        assertEquals("say", position.get("cue").getAsString().value());
        assertEquals("topics:peace-negotiations", position.get("topic").getAsString().value());
        JsonObject lavrov = node(article, "person/sergey-lavrov");
        assertEquals("Sergey Lavrov", lavrov.get("label").getAsString().value());
        assertEquals("Lavrov", lavrov.get("altLabel").getAsString().value());
        JsonObject articleNode = node(article, "article/000-test");
        assertEquals("Talks in Riyadh", articleNode.get("headline").getAsString().value());
        assertEquals("2025-02-18", articleNode.get("datePublished").getAsString().value());
        JsonObject mention = node(article, "article/000-test#char=0,27");
        assertEquals("0", mention.get("beginIndex").getAsString().value());
        JsonObject linked = node(graphNamed(doc, "graph:links"), "person/sergey-lavrov");
        assertEquals("wd:Q9000001", linked.get("sameAs").getAsString().value());
    }

    private static JsonObject graphNamed(JsonObject doc, String id) {
        for (JsonValue g : doc.get("@graph").getAsArray()) {
            if (id.equals(g.getAsObject().get("id").getAsString().value())) {
                return g.getAsObject();
            }
        }
        throw new AssertionError("no graph " + id);
    }

    private static JsonObject node(JsonObject graph, String id) {
        for (JsonValue n : graph.get("@graph").getAsArray()) {
            if (id.equals(n.getAsObject().get("id").getAsString().value())) {
                return n.getAsObject();
            }
        }
        throw new AssertionError("no node " + id + " in " + graph.get("id"));
    }

    @Test
    void queriesListsEveryPreparedQueryWithItsParameters() {
        Run r = run("queries");
        assertEquals(0, r.exit(), r.err());
        for (String name : PreparedQueries.load().names()) {
            assertTrue(r.out().contains(name + "  "), name + " missing from:\n" + r.out());
        }
        assertTrue(r.out().contains("positions-of  Every position an actor stated"), r.out());
        assertTrue(r.out().contains("--param actor=<literal>"), r.out());
        assertTrue(r.out().contains("--param position=<iri>"), r.out());
    }

    @Test
    void queryRunsAPreparedQueryAgainstTheStore() {
        Path storeDir = tmp.resolve("store");
        Fixtures.smallStore(storeDir).close();
        Run r = run("query", "positions-of", "--param", "actor=Lavrov", "--store", storeDir.toString(),
                "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("the talks were useful"), r.out());
    }

    @Test
    void queryWithAnUnknownParameterFailsWithAMessageNotAStackTrace() {
        Run r = run("query", "positions-of", "--param", "who=Lavrov", "--store", tmp.resolve("s").toString());
        assertEquals(2, r.exit(), "a wrong parameter is a usage error");
        assertTrue(r.err().contains("no parameter who"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void queryWithAnUnknownNameFails() {
        Run r = run("query", "no-such-query", "--store", tmp.resolve("s").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown prepared query"), r.err());
    }

    @Test
    void exportFromAnUnusableStoreFailsWithTheDirectoryInTheMessage() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Run r = run("export", "--store", file.toString(), "--out", tmp.resolve("o.ttl").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(file.toString()), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
