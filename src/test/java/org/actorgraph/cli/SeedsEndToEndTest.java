package org.actorgraph.cli;

import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.server.ActorGraphServer;
import org.actorgraph.store.ActorStore;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Converts the two seed articles through the command line into a real TDB2 store and checks the graph. */
class SeedsEndToEndTest {
    private static final String PREFIXES = """
            PREFIX ag: <https://w3id.org/actorgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    static Path tmp;
    static Path store;
    static CliRun convert;

    @BeforeAll
    static void convertSeeds() {
        store = tmp.resolve("store");
        convert = CliRun.of("convert", "seeds", "--store", store.toString());
    }

    private static boolean ask(String where) {
        try (ActorStore s = ActorStore.open(store)) {
            Dataset ds = s.dataset();
            ds.begin(ReadWrite.READ);
            try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + "ASK { " + where + " }", ds)) {
                return qe.execAsk();
            } finally {
                ds.end();
            }
        }
    }

    private static long count(String select) {
        try (ActorStore s = ActorStore.open(store)) {
            Dataset ds = s.dataset();
            ds.begin(ReadWrite.READ);
            try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + select, ds)) {
                return qe.execSelect().next().getLiteral("n").getLong();
            } finally {
                ds.end();
            }
        }
    }

    @Test
    void convertSucceedsAndSummarises() {
        assertEquals(0, convert.exit(), convert.err());
        assertTrue(convert.err().contains("Converted 2 article(s)"), convert.err());
    }

    @Test
    void lavrovIsOneNodeAcrossBothSpellings() {
        assertEquals(1, count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ag:Person ; rdfs:label|skos:altLabel ?l . "
                + "FILTER(?l IN (\"Sergei Lavrov\", \"Sergey Lavrov\")) }"));
        assertTrue(ask("?p a ag:Person ; rdfs:label \"Sergey Lavrov\" ; skos:altLabel \"Sergei Lavrov\" ; ag:mentionedIn ?a1, ?a2 . FILTER(?a1 != ?a2)"));
    }

    @Test
    void actorsAndPlacesAreLinkedToDbpedia() {
        String sameAs = "<http://www.w3.org/2002/07/owl#sameAs>";
        assertTrue(ask("?p a ag:Person ; rdfs:label \"Sergey Lavrov\" ; " + sameAs + " <http://dbpedia.org/resource/Sergey_Lavrov>"));
        assertTrue(ask("?p a ag:Person ; rdfs:label \"Yuri Ushakov\" ; " + sameAs + " <http://dbpedia.org/resource/Yuri_Ushakov>"));
        assertTrue(ask("?c a ag:Country ; rdfs:label \"Russia\" ; " + sameAs + " <http://dbpedia.org/resource/Russia>"));
        assertTrue(ask("?o a ag:Organization ; rdfs:label \"European Union\" ; " + sameAs + " <http://dbpedia.org/resource/European_Union>"));
        assertTrue(ask("?w a ag:Place ; rdfs:label \"Washington\" ; " + sameAs + " <http://dbpedia.org/resource/Washington,_D.C.>"));
        // Nationality adjectives, seats of power and topics are never linked, and nothing links twice.
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { ?x " + sameAs + " ?t . FILTER(?t IN ("
                + "<http://dbpedia.org/resource/Western_(genre)>, <http://dbpedia.org/resource/Russian_language>, "
                + "<http://dbpedia.org/resource/Leadership>, <http://dbpedia.org/resource/Kremlin>, "
                + "<http://dbpedia.org/resource/Moscow_Kremlin>)) }"));
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { ?x " + sameAs + " ?t1, ?t2 . FILTER(?t1 != ?t2) }"));
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { ?x " + sameAs + " ?t . FILTER NOT EXISTS { ?x a ag:Person } "
                + "FILTER NOT EXISTS { ?x a ag:Organization } FILTER NOT EXISTS { ?x a ag:Place } }"));
    }

    @Test
    void lavrovCallsForAPartnershipWithItsEvidenceSentence() {
        assertTrue(ask("?pos ag:statedBy/rdfs:label \"Sergey Lavrov\" ; ag:cue \"call for\" ; ag:stance ag:Support ; ag:text ?t ; "
                + "ag:evidence ?m . ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?sentence . "
                + "FILTER(CONTAINS(?t, \"durable partnership\") && CONTAINS(?sentence, ?t))"));
    }

    @Test
    void dupontAignanCallsOnTheEuropeanUnion() {
        assertTrue(ask("?pos ag:statedBy ?s ; ag:cue \"call on\" ; ag:addressee/rdfs:label \"European Union\" ; "
                + "ag:topic/skos:prefLabel \"peace negotiations\" . ?s rdfs:label \"Nicolas Dupont-Aignan\" ; "
                + "ag:memberOf/rdfs:label \"National Assembly\" ; ag:country/rdfs:label \"France\""));
    }

    @Test
    void ryabkovArguesAgainstAndIsTitled() {
        assertTrue(ask("?pos ag:statedBy ?s ; ag:stance ag:Oppose ; ag:cue \"argue against\" . "
                + "?s ag:title \"Deputy Foreign Minister\""));
        // The article never says whose deputy foreign minister he is; no country is guessed from countries named nearby.
        assertTrue(!ask("?s rdfs:label \"Sergey Ryabkov\" ; ag:country ?c . ?c rdfs:label ?l . FILTER(?l != \"Russia\")"));
    }

    @Test
    void riyadhTalksHaveDatePlaceDurationAndParticipants() {
        assertTrue(ask("?e a ag:Meeting ; ag:participant/rdfs:label \"United States\" , \"Russia\" ; ag:place/rdfs:label \"Riyadh\" ; "
                + "ag:date \"--02-18\"^^xsd:gMonthDay ; ag:duration ?d ; ag:status ag:Occurred . FILTER(STR(?d) = \"PT4H30M\")"));
        assertTrue(ask("?e a ag:Meeting ; ag:participant/rdfs:label \"United States\" , \"Russia\" ; ag:status ag:Planned"));
    }

    @Test
    void lavrovAddressedTheStateDuma() {
        assertTrue(ask("?e a ag:Speech ; ag:participant/rdfs:label \"Sergey Lavrov\" , \"State Duma\" ; ag:place/rdfs:label \"State Duma\""));
        assertTrue(ask("?pos ag:cue \"tell\" ; ag:addressee/rdfs:label \"State Duma\" ; ag:statedBy/rdfs:label \"Sergey Lavrov\""));
    }

    @Test
    void pronounsStayWithTheirOwnSpeaker() {
        // "He framed this approach ..." follows Dupont-Aignan, not Ryabkov or Lavrov.
        assertTrue(ask("?pos ag:cue \"frame\" ; ag:statedBy/rdfs:label \"Nicolas Dupont-Aignan\" ; ag:topic/skos:prefLabel \"EU enlargement\""));
        assertTrue(ask("?pos ag:cue \"urge\" ; ag:statedBy/rdfs:label \"Sergey Ryabkov\""));
    }

    @Test
    void capitalsStandForTheirCountries() {
        assertTrue(!ask("?c a ag:Country ; skos:altLabel \"Moscow\""), "Moscow names the city, not the country");
        assertTrue(ask("?c a ag:Country ; rdfs:label \"Russia\" ; skos:hiddenLabel \"Moscow\""), "but it stood in for Russia");
        assertTrue(ask("?c a ag:Country ; rdfs:label \"United States\" ; skos:hiddenLabel \"Washington\""));
        assertTrue(ask("?p a ag:Place ; rdfs:label \"Riyadh\" ; ag:country/rdfs:label \"Saudi Arabia\""));
        assertTrue(!ask("?c a ag:Country ; rdfs:label \"Saudi Arabia\" ; ag:mentionedIn ?a"), "Saudi Arabia is never named");
    }

    @Test
    void everyArticleGraphConformsToTheShapes() {
        try (ActorStore s = ActorStore.open(store)) {
            Dataset ds = s.dataset();
            ds.begin(ReadWrite.READ);
            try {
                int graphs = 0;
                for (Iterator<String> it = ds.listNames(); it.hasNext(); ) {
                    String name = it.next();
                    if (name.equals(AG.ONTOLOGY_GRAPH) || name.equals(AG.NAMES_GRAPH) || name.equals(AG.SUMMARY_GRAPH)) continue;
                    graphs++;
                    Model g = ds.getNamedModel(name);
                    ValidationReport r = ShaclValidator.get().validate(OntologyFiles.shapes(), g.getGraph());
                    assertTrue(r.conforms(), name + ": " + r.getEntries());
                }
                assertEquals(2, graphs);
            } finally {
                ds.end();
            }
        }
    }

    @Test
    void convertingAgainReplacesInsteadOfDuplicating() {
        long before = count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        CliRun again = CliRun.of("convert", "seeds/004_306696d10a12b452.txt", "--store", store.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(before, count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void servedSeedsAnswerSparqlAndPreparedQueriesOverHttp() throws Exception {
        try (ActorStore s = ActorStore.open(store)) {
            ActorGraphServer server = new ActorGraphServer(s.dataset(), "127.0.0.1", 0).start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String sparql = PREFIXES + "SELECT ?text { ?p ag:statedBy/rdfs:label \"Yuri Ushakov\" ; ag:text ?text }";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                        .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(sparql)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("the Riyadh discussions as constructive"), r.body());
                HttpResponse<String> prepared = http.send(HttpRequest.newBuilder(
                        URI.create(server.preparedUrl() + "who-met-whom?format=csv")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, prepared.statusCode());
                assertTrue(prepared.body().contains("Riyadh") && prepared.body().contains("--02-18"), prepared.body());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void nquadsExportParsesBackWithOneGraphPerArticle() {
        Path out = tmp.resolve("seeds.nq");
        CliRun r = CliRun.of("export", "--store", store.toString(), "--format", "nquads", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, out.toString());
        assertTrue(back.containsNamedModel("https://w3id.org/actorgraph/id/article/000-5cf0cc4e232c5d29"));
        assertTrue(back.containsNamedModel("https://w3id.org/actorgraph/id/article/004-306696d10a12b452"));
    }
}
