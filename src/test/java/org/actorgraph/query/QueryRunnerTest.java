package org.actorgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {
    // The prepared queries shipped in queries/.
    private static final String POSITIONS = "positions-of";
    private static final String EVIDENCE = "evidence";

    @TempDir
    Path tmp;

    private ActorStore store;
    private QueryRunner runner;

    @BeforeEach
    void setUp() {
        store = Fixtures.smallStore(tmp.resolve("store"));
        runner = new QueryRunner(PreparedQueries.load());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void catalogFindsEveryQueryFileOnTheClasspathWithItsHeader() {
        PreparedQuery q = runner.find(POSITIONS);
        assertTrue(q.description().startsWith("Every position an actor stated"), q.description());
        assertEquals(1, q.parameters().size());
        assertEquals("actor", q.parameters().get(0).name());
        assertEquals(PreparedQuery.Kind.LITERAL, q.parameters().get(0).kind());
        assertTrue(q.parameters().get(0).description().startsWith("a name of the actor"));
        assertEquals(PreparedQuery.Kind.IRI, runner.find(EVIDENCE).parameters().get(0).kind());
    }

    @Test
    void literalParameterIsBoundAsAStringLiteral() {
        List<QuerySolution> rows = runner.select(store.dataset(), POSITIONS, Map.of("actor", "Lavrov"));
        assertEquals(1, rows.size());
        assertEquals("the talks were useful", rows.get(0).getLiteral("text").getString());
        assertEquals("Sergey Lavrov", rows.get(0).getLiteral("speaker").getString());
    }

    @Test
    void explorerQueriesAnswerOnTheFixture() {
        Map<String, String> any = Map.of("topic", "", "stance", "", "since", "", "until", "", "type", "", "minWeight", "");
        List<QuerySolution> links = runner.select(store.dataset(), "actor-network", any);
        assertEquals(1, links.size(), "Lavrov met Rubio");
        assertEquals("met", links.get(0).getLiteral("relation").getString());
        assertEquals(1, links.get(0).getLiteral("weight").getInt());
        assertEquals(1, links.get(0).getLiteral("sourcePositions").getInt()
                + links.get(0).getLiteral("targetPositions").getInt(), "Lavrov stated one position, Rubio none");
        // The meeting is dated 2025-02-18: a range after it, or a stance (events have none), leaves nothing.
        Map<String, String> later = new java.util.HashMap<>(any);
        later.put("since", "2025-03-01");
        assertEquals(0, runner.select(store.dataset(), "actor-network", later).size());
        later.put("since", "2025-02-18");
        later.put("until", "2025-02-18");
        assertEquals(1, runner.select(store.dataset(), "actor-network", later).size());
        Map<String, String> supporting = new java.util.HashMap<>(any);
        supporting.put("stance", "Support");
        assertEquals(0, runner.select(store.dataset(), "actor-network", supporting).size());
        supporting.put("stance", "");
        supporting.put("minWeight", "2");
        assertEquals(0, runner.select(store.dataset(), "actor-network", supporting).size());

        List<QuerySolution> timeline = runner.select(store.dataset(), "actor-timeline", Map.of("entity", Fixtures.LAVROV));
        assertEquals(List.of("Meeting", "Position"), timeline.stream().map(r -> r.getLiteral("kind").getString()).sorted().toList());

        QuerySolution context = runner.select(store.dataset(), "evidence-context", Map.of("item", Fixtures.POSITION)).get(0);
        assertEquals("Lavrov said the talks were useful.", context.getLiteral("sentence").getString());
        assertEquals("the talks were useful", context.getLiteral("text").getString());

        Map<String, String> link = new java.util.HashMap<>(any);
        link.remove("type");
        link.remove("minWeight");
        link.put("source", links.get(0).getResource("source").getURI());
        link.put("target", links.get(0).getResource("target").getURI());
        link.put("relation", "met");
        List<QuerySolution> behind = runner.select(store.dataset(), "link-evidence", link);
        assertEquals(1, behind.size());
        assertEquals("2025-02-18", behind.get(0).getLiteral("date").getString());
    }

    @Test
    void iriParameterIsBoundAsAnIri() {
        for (String value : List.of(Fixtures.POSITION, "<" + Fixtures.POSITION + ">")) {
            List<QuerySolution> rows = runner.select(store.dataset(), EVIDENCE, Map.of("position", value));
            assertEquals(1, rows.size(), value);
            assertEquals("Lavrov said the talks were useful.", rows.get(0).getLiteral("sentence").getString());
        }
    }

    @Test
    void injectionAttemptInALiteralMatchesNothingAndChangesNothing() {
        long before = Fixtures.quadCount(store.dataset());
        for (String attack : List.of("\"} ; DROP ALL ; #", "Lavrov\" } UNION { ?s ?p ?o } #", "x' . ?s ?p ?o #")) {
            List<QuerySolution> rows = runner.select(store.dataset(), POSITIONS, Map.of("actor", attack));
            assertTrue(rows.isEmpty(), attack);
        }
        assertEquals(before, Fixtures.quadCount(store.dataset()));
    }

    @Test
    void iriParameterThatWouldEndTheIriTermIsRejected() {
        PreparedQueryException e = assertThrows(PreparedQueryException.class, () -> runner.select(store.dataset(),
                EVIDENCE, Map.of("position", "http://x.org/a> } ; DROP ALL ; #")));
        assertFalse(e.isUnknownQuery());
        assertTrue(e.getMessage().contains("absolute IRI"), e.getMessage());
    }

    @Test
    void unknownParameterIsRejectedNamingTheExpectedOnes() {
        PreparedQueryException e = assertThrows(PreparedQueryException.class,
                () -> runner.prepare(POSITIONS, Map.of("actor", "Lavrov", "who", "x")));
        assertFalse(e.isUnknownQuery());
        assertTrue(e.getMessage().contains("no parameter who"), e.getMessage());
        assertTrue(e.getMessage().contains("actor=<literal>"), e.getMessage());
    }

    @Test
    void missingParameterIsRejected() {
        PreparedQueryException e = assertThrows(PreparedQueryException.class,
                () -> runner.prepare(POSITIONS, Map.of()));
        assertTrue(e.getMessage().contains("needs parameter actor"), e.getMessage());
    }

    @Test
    void unknownQueryIsRejectedAsUnknown() {
        PreparedQueryException e = assertThrows(PreparedQueryException.class,
                () -> runner.prepare("no-such-query", Map.of()));
        assertTrue(e.isUnknownQuery());
    }

    @Test
    void resultsAreWrittenInEachFormat() {
        Map<String, String> params = Map.of("actor", "Lavrov");
        assertTrue(run(params, ResultFormat.CSV).startsWith("position,speaker,cue,text"));
        assertTrue(run(params, ResultFormat.TSV).startsWith("?position\t?speaker"));
        assertTrue(run(params, ResultFormat.JSON).contains("\"bindings\""));
        assertTrue(run(params, ResultFormat.TABLE).contains("\"the talks were useful\""));
    }

    private String run(Map<String, String> params, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(store.dataset(), POSITIONS, params, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void headerWithoutNameFallsBackToTheFileName() {
        PreparedQuery q = PreparedQueries.parse("from-file", "# description: d\n"
                + "# param: x (iri) - an iri\nSELECT * { ?x ?p ?o }");
        assertEquals("from-file", q.name());
        assertEquals("an iri", q.parameters().get(0).description());
    }

    @Test
    void queryFileWithInvalidSparqlIsReportedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PreparedQueries.parse("broken", "# name: broken\nSELECT WHERE {"));
        assertTrue(e.getMessage().contains("'broken'"), e.getMessage());
    }
}
