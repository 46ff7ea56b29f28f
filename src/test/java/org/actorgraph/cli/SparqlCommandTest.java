package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.actorgraph.testing.Fixtures;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code actorgraph sparql}: any query against a store, its answer in every format that fits. */
class SparqlCommandTest {
    private static final String LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?label WHERE { <" + Fixtures.LAVROV + "> rdfs:label ?label }";
    private static final String DESCRIBE = "CONSTRUCT { <" + Fixtures.LAVROV + "> ?p ?o } WHERE { <"
            + Fixtures.LAVROV + "> ?p ?o }";

    @TempDir
    Path tmp;
    Path store;

    @BeforeEach
    void store() {
        store = tmp.resolve("store");
        Fixtures.smallStore(store).close();
    }

    private CliRun sparql(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "sparql";
        all[1] = "--store";
        all[2] = store.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @Test
    void selectReadsTheUnionOfTheArticleGraphsInEveryResultFormat() {
        CliRun csv = sparql("--format", "csv", "SELECT DISTINCT ?label WHERE { <" + Fixtures.LAVROV
                + "> <http://www.w3.org/2000/01/rdf-schema#label> ?label }");
        assertEquals(0, csv.exit(), csv.err());
        // Lavrov is in both article graphs; the default graph is their union, so he is found once per distinct label.
        assertEquals(List.of("label", "Sergey Lavrov"), csv.out().lines().toList());

        CliRun table = sparql(LABELS);
        assertTrue(table.out().contains("| \"Sergey Lavrov\" |"), table.out());
        for (String[] f : new String[][] {{"json", "RS_JSON"}, {"xml", "RS_XML"}, {"tsv", "RS_TSV"}, {"srj", "RS_JSON"}}) {
            CliRun r = sparql("--format", f[0], LABELS);
            assertEquals(0, r.exit(), f[0] + ": " + r.err());
            Lang lang = switch (f[1]) {
                case "RS_JSON" -> ResultSetLang.RS_JSON;
                case "RS_XML" -> ResultSetLang.RS_XML;
                default -> ResultSetLang.RS_TSV;
            };
            var rows = ResultSetFactory.copyResults(ResultSetMgr.read(
                    new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), lang));
            assertTrue(rows.size() >= 1, f[0] + ": " + r.out());
        }
    }

    @Test
    void askAndGraphQueriesWriteTheirOwnKindOfAnswer() {
        CliRun ask = sparql("--format", "json", "ASK { ?p a <https://w3id.org/actorgraph/ontology#Position> }");
        assertEquals(0, ask.exit(), ask.err());
        assertTrue(ask.out().contains("\"boolean\" : true"), ask.out());

        Model expected = ModelFactory.createDefaultModel();
        for (String[] f : new String[][] {{"ntriples", "N-TRIPLES"}, {"rdfxml", "RDF/XML"}, {"turtle", "TURTLE"},
                {"jsonld", "JSON-LD"}, {"nt", "N-TRIPLES"}}) {
            CliRun r = sparql("--format", f[0], DESCRIBE);
            assertEquals(0, r.exit(), f[0] + ": " + r.err());
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
                    org.apache.jena.riot.RDFLanguages.nameToLang(f[1]));
            assertTrue(m.contains(ResourceFactory.createResource(Fixtures.LAVROV), RDFS.label, "Sergey Lavrov"), f[0]);
            if (expected.isEmpty()) expected.add(m);
            assertTrue(expected.isIsomorphicWith(m), f[0] + " gives the same graph");
        }
        CliRun plain = sparql(DESCRIBE);
        assertTrue(plain.out().contains("rdfs:label"), "Turtle by default:\n" + plain.out());
    }

    @Test
    void aFormatThatDoesNotFitTheQueryIsAUsageError() {
        CliRun r = sparql("--format", "csv", DESCRIBE);
        assertEquals(ActorGraphCommand.EXIT_USAGE, r.exit());
        assertEquals("--format csv is for SELECT and ASK; a CONSTRUCT gives a graph: use one of table, json, "
                + "turtle, ntriples, rdfxml, jsonld", r.err().lines().findFirst().orElse(""));
        CliRun unknown = sparql("--format", "yaml", LABELS);
        assertEquals(ActorGraphCommand.EXIT_USAGE, unknown.exit());
        assertTrue(unknown.err().startsWith("Invalid value for option '--format': Unknown format 'yaml'; expected one "
                + "of table, csv, tsv, json, xml (SELECT, ASK) or turtle, ntriples, rdfxml, jsonld"), unknown.err());
    }

    @Test
    void aQueryFileWithASyntaxErrorIsOneLineWithItsPlace() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.rq"), "PREFIX ag: <https://w3id.org/actorgraph/ontology#>\n"
                + "SELECT ?p WHERE {\n  ?p a ag:Position .\n  ?p ag:stance\n}\n");
        CliRun r = sparql("--file", file.toString());
        assertEquals(ActorGraphCommand.EXIT_FAILURE, r.exit());
        assertEquals(List.of("actorgraph sparql: syntax error in " + file + " at line 5, column 1: unexpected '}'"),
                r.err().lines().toList());
        assertFalse(r.err().contains("Exception"), r.err());

        Path good = Files.writeString(tmp.resolve("good.rq"), LABELS);
        CliRun ok = sparql("--format", "csv", "--file", good.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("Sergey Lavrov"), ok.out());

        CliRun missing = sparql("--file", tmp.resolve("none.rq").toString());
        assertEquals(List.of("actorgraph sparql: " + tmp.resolve("none.rq") + ": no such file"), missing.err().lines().toList());
    }
}
