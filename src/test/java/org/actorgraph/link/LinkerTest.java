package org.actorgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.testing.WikidataFixture;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LinkerTest {
    private static final String ID = "https://w3id.org/actorgraph/id/";
    /** Entities of actors.trig without a Wikidata link: everything but Yuri Ushakov. */
    private static final int LOOKUPS = 11;

    @RegisterExtension
    static final WikidataFixture wikidata = new WikidataFixture();

    @TempDir
    Path tmp;

    private Linker linker(Path cache, double minScore, List<Duration> pauses) {
        SparqlHttpClient client = new SparqlHttpClient(URI.create(wikidata.endpoint()), Duration.ofSeconds(20),
                pauses::add);
        return new Linker(client, ResponseCache.open(cache), new Disambiguator(minScore));
    }

    private Linker linker(Path cache) {
        return linker(cache, Disambiguator.DEFAULT_MIN_SCORE, new ArrayList<>());
    }

    /** Entity IRI (without the id base) to linked QID, read back from the store. */
    private static Map<String, String> links(Dataset ds) {
        return ds.calculateRead(() -> {
            Map<String, String> out = new TreeMap<>();
            ds.getNamedModel(LinkVocabulary.LINKS_GRAPH).listStatements(null, OWL.sameAs, (RDFNode) null)
                    .forEachRemaining(s -> out.put(s.getSubject().getURI().substring(ID.length()),
                            LinkVocabulary.qid(s.getObject().asResource().getURI())));
            return out;
        });
    }

    @Test
    void linksEachEntityToTheRightItemAndLeavesTheDoubtfulOnesUnlinked() {
        try (ActorStore store = WikidataFixture.actorStore(tmp.resolve("store"))) {
            List<LinkOutcome> heard = new ArrayList<>();
            Linker.Report report = linker(tmp.resolve("cache.json")).run(store.dataset(), heard::add);

            Map<String, String> expected = new TreeMap<>(Map.of(
                    "person/sergey-lavrov", "Q9000001",
                    "person/marco-rubio", "Q9000002",
                    "person/ivan-petrov", "Q9000004",
                    "country/russia", "Q159",
                    "country/united-states", "Q30",
                    "country/bulgaria", "Q219",
                    "country/saudi-arabia", "Q851",
                    "place/riyadh", "Q3692",
                    "organization/russian-foreign-ministry", "Q9000010"));
            assertEquals(expected, links(store.dataset()));
            assertEquals(LOOKUPS, report.lookups(), "Yuri Ushakov is linked already and not looked up");
            assertEquals(LOOKUPS, report.sent());
            assertEquals(LOOKUPS, wikidata.requests());
            assertEquals(LOOKUPS, heard.size());
            assertEquals(9, report.linked());
            assertEquals(1, report.withStatus(LinkOutcome.Status.AMBIGUOUS));
            assertEquals(1, report.withStatus(LinkOutcome.Status.NO_MATCH));
        }
    }

    @Test
    void sameNamedPeopleAreToldApartByCountryAndLeftAloneWithout() {
        try (ActorStore store = WikidataFixture.actorStore(tmp.resolve("store"))) {
            Map<String, LinkOutcome> byIri = new TreeMap<>();
            linker(tmp.resolve("cache.json")).run(store.dataset(), o -> byIri.put(o.target().iri(), o));

            LinkOutcome petrov = byIri.get(ID + "person/ivan-petrov");
            assertEquals(LinkOutcome.Status.LINKED, petrov.status());
            assertEquals("Q9000004", petrov.chosen().candidate().qid(), "the Bulgarian Ivan Petrov");
            assertEquals(0.85, petrov.chosen().score(), 1e-9);
            assertTrue(petrov.chosen().reasons().contains("country Bulgaria"), petrov.describe());

            LinkOutcome ivanova = byIri.get(ID + "person/elena-ivanova");
            assertEquals(LinkOutcome.Status.AMBIGUOUS, ivanova.status(), "nothing tells the two Elena Ivanovas apart");
            assertTrue(ivanova.describe().contains("ambiguous"), ivanova.describe());

            LinkOutcome zubarenko = byIri.get(ID + "person/nikolai-zubarenko");
            assertEquals(LinkOutcome.Status.NO_MATCH, zubarenko.status());

            LinkOutcome lavrov = byIri.get(ID + "person/sergey-lavrov");
            assertEquals(1.0, lavrov.chosen().score(), 1e-9, lavrov.describe());
            assertTrue(lavrov.chosen().reasons().contains("office \"Minister of Foreign Affairs of Russia\""),
                    lavrov.describe());

            // The label matches a Bulgarian company too, but the graph's country picks the ministry.
            LinkOutcome ministry = byIri.get(ID + "organization/russian-foreign-ministry");
            assertEquals("Q9000010", ministry.chosen().candidate().qid(), ministry.describe());
            assertEquals(0.7, ministry.chosen().score(), 1e-9);
        }
    }

    @Test
    void aHigherThresholdLeavesUncorroboratedMatchesUnlinked() {
        try (ActorStore store = WikidataFixture.actorStore(tmp.resolve("store"))) {
            linker(tmp.resolve("cache.json"), 0.8, new ArrayList<>()).run(store.dataset(), o -> { });
            Map<String, String> links = links(store.dataset());
            assertEquals("Q9000001", links.get("person/sergey-lavrov"));
            assertEquals("Q3692", links.get("place/riyadh"));
            assertFalse(links.containsKey("person/marco-rubio"), "a bare name match scores 0.6");
            assertFalse(links.containsKey("country/russia"));
        }
        assertThrows(IllegalArgumentException.class, () -> new Disambiguator(0.3), "never below 0.5");
    }

    @Test
    void linksGraphRecordsScoreMethodAndProvenanceAndLeavesArticleGraphsAlone() {
        try (ActorStore store = WikidataFixture.actorStore(tmp.resolve("store"))) {
            Model articleBefore = store.graph(ID + "article/100-link");
            linker(tmp.resolve("cache.json")).run(store.dataset(), o -> { });
            assertTrue(articleBefore.isIsomorphicWith(store.graph(ID + "article/100-link")));

            List<QuerySolution> rows = select(store.dataset(), """
                    PREFIX ag:   <https://w3id.org/actorgraph/ontology#>
                    PREFIX owl:  <http://www.w3.org/2002/07/owl#>
                    PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT ?score ?method ?endpoint ?started WHERE {
                      GRAPH <https://w3id.org/actorgraph/graph/links> {
                        <https://w3id.org/actorgraph/id/person/sergey-lavrov> owl:sameAs ?item .
                        ?link a ag:Link ; rdf:subject <https://w3id.org/actorgraph/id/person/sergey-lavrov> ;
                              rdf:predicate owl:sameAs ; rdf:object ?item ;
                              ag:score ?score ; ag:method ?method ; prov:wasGeneratedBy ?run .
                        ?run a prov:Activity ; prov:used ?endpoint ; prov:startedAtTime ?started .
                      }
                    }""");
            assertEquals(1, rows.size());
            assertEquals(1.0, rows.get(0).getLiteral("score").getDouble(), 1e-9);
            assertEquals(LinkVocabulary.METHOD_WIKIDATA, rows.get(0).getLiteral("method").getString());
            assertEquals(wikidata.endpoint(), rows.get(0).getResource("endpoint").getURI());

            // Through the union default graph the link reads as a property of the actor.
            assertEquals(1, select(store.dataset(), """
                    SELECT * WHERE { <https://w3id.org/actorgraph/id/person/sergey-lavrov>
                        <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q9000001> }""").size());

            Model data = ModelFactory.createDefaultModel().add(store.graph(LinkVocabulary.LINKS_GRAPH))
                    .add(OntologyFiles.ontologyAndTopics());
            ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), data.getGraph());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, report);
            assertTrue(report.conforms(), out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSecondRunIsAnsweredFromTheCacheAndSendsNothing() {
        Path cache = tmp.resolve("cache.json");
        Map<String, String> first;
        try (ActorStore store = WikidataFixture.actorStore(tmp.resolve("store"))) {
            linker(cache).run(store.dataset(), o -> { });
            first = links(store.dataset());
            assertEquals(LOOKUPS, wikidata.requests());
            assertTrue(Files.exists(cache));

            wikidata.reset();
            Linker.Report again = linker(cache).run(store.dataset(), o -> { });
            assertEquals(0, wikidata.requests(), "the unlinked entities are answered from the cache");
            assertEquals(2, again.lookups(), "only the ambiguous and the unmatched entity are left");
            assertEquals(2, again.fromCache());
            assertEquals(first, links(store.dataset()));
        }
        // A fresh store with the same entities: every lookup is a cache hit and the links are the same.
        try (ActorStore fresh = WikidataFixture.actorStore(tmp.resolve("fresh"))) {
            wikidata.reset();
            Linker.Report report = linker(cache).run(fresh.dataset(), o -> { });
            assertEquals(0, wikidata.requests());
            assertEquals(0, report.sent());
            assertEquals(LOOKUPS, report.fromCache());
            assertEquals(first, links(fresh.dataset()));
        }
    }

    @Test
    void politeClientNamesItselfAndWaitsAsRetryAfterSays() {
        List<Duration> pauses = new ArrayList<>();
        try (ActorStore store = WikidataFixture.actorStore(tmp.resolve("store"))) {
            wikidata.answerTooManyRequests(1);
            Linker.Report report = linker(tmp.resolve("cache.json"), Disambiguator.DEFAULT_MIN_SCORE, pauses)
                    .run(store.dataset(), o -> { });
            assertEquals(List.of(Duration.ofSeconds(1)), pauses, "one pause, as long as Retry-After asked");
            assertEquals(LOOKUPS + 1, wikidata.requests(), "the refused request is sent again");
            assertEquals(9, report.linked());
        }
        for (String ua : wikidata.userAgents()) {
            assertTrue(ua.matches("ActorGraph/\\S+ \\(https://w3id\\.org/actorgraph; contact via project\\)"), ua);
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        java.time.Instant now = java.time.Instant.parse("2025-02-18T10:00:00Z");
        assertEquals(Duration.ofSeconds(7), SparqlHttpClient.parseRetryAfter("7", now).orElseThrow());
        assertEquals(Duration.ofSeconds(30),
                SparqlHttpClient.parseRetryAfter("Tue, 18 Feb 2025 10:00:30 GMT", now).orElseThrow());
        assertTrue(SparqlHttpClient.parseRetryAfter("soon", now).isEmpty());
    }

    @Test
    void withoutANetworkItFailsNamingTheEndpointAndChangesNothing() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/sparql";
        Path cache = tmp.resolve("cache.json");
        try (ActorStore store = WikidataFixture.actorStore(tmp.resolve("store"))) {
            long before = Fixtures.quadCount(store.dataset());
            Linker linker = new Linker(new SparqlHttpClient(URI.create(endpoint), Duration.ofSeconds(5)),
                    ResponseCache.open(cache), new Disambiguator(Disambiguator.DEFAULT_MIN_SCORE));
            EndpointException e = assertThrows(EndpointException.class, () -> linker.run(store.dataset(), o -> { }));
            assertTrue(e.getMessage().contains(endpoint), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertEquals(before, Fixtures.quadCount(store.dataset()));
            assertFalse(store.containsGraph(LinkVocabulary.LINKS_GRAPH));
        }
        assertFalse(Files.exists(cache), "nothing was fetched, so no cache is written");
    }

    @Test
    void officesMatchTitlesByTheirContentWords() {
        LinkTarget t = new LinkTarget(ID + "person/x", TargetKind.PERSON, "X Y", List.of("X Y"), null,
                java.util.Set.of(), java.util.Set.of("deputy foreign minister"));
        Candidate holds = new Candidate(LinkVocabulary.WD + "Q1", "X Y", null, Map.of(),
                java.util.Set.of("Deputy Minister of Foreign Affairs of Russia"));
        Candidate other = new Candidate(LinkVocabulary.WD + "Q2", "X Y", null, Map.of(),
                java.util.Set.of("Minister of Foreign Affairs of Russia"));
        Disambiguator d = new Disambiguator(Disambiguator.DEFAULT_MIN_SCORE);
        assertEquals(0.75, d.score(t, holds, null).score(), 1e-9);
        assertEquals(0.6, d.score(t, other, null).score(), 1e-9, "'deputy' is missing from the office");
        LinkOutcome o = d.decide(t, List.of(other, holds), null);
        assertEquals(LinkOutcome.Status.LINKED, o.status());
        assertEquals("Q1", o.chosen().candidate().qid());
        assertNotNull(o.describe());
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        return ds.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }
}
