package org.actorgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.query.PreparedQuery;
import org.actorgraph.server.ActorGraphServer;
import org.actorgraph.server.ServerOptions;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.testing.WikidataFixture;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prepared queries that reach Wikidata through SERVICE, served by ActorGraph with the SERVICE IRI pointed at the
 * loopback fixture: answered when the server allows SERVICE, refused when it does not (the default).
 */
class FederatedQueriesTest {
    private static final String WIKIDATA = "<" + LinkVocabulary.WIKIDATA_ENDPOINT + ">";
    @RegisterExtension
    static final WikidataFixture wikidata = new WikidataFixture();

    @TempDir
    Path tmp;

    /** A store with the small fixture plus a links graph tying Lavrov and Rubio to their fixture items. */
    private ActorStore linkedStore() {
        ActorStore store = Fixtures.smallStore(tmp.resolve("store-" + System.nanoTime()));
        Model links = ModelFactory.createDefaultModel();
        links.add(links.createResource(Fixtures.LAVROV), OWL.sameAs,
                links.createResource(LinkVocabulary.WD + "Q9000001"));
        links.add(links.createResource("https://w3id.org/actorgraph/id/person/marco-rubio"), OWL.sameAs,
                links.createResource(LinkVocabulary.WD + "Q9000002"));
        store.dataset().executeWrite(() -> store.dataset().addNamedModel(LinkVocabulary.LINKS_GRAPH, links));
        return store;
    }

    /** The shipped queries with their SERVICE pointed at the fixture. */
    private static PreparedQueries pointedAtFixture() {
        List<PreparedQuery> queries = new ArrayList<>();
        for (String name : List.of("actor-wikidata", "positions-by-office")) {
            PreparedQuery shipped = PreparedQueries.load().get(name).orElseThrow();
            assertTrue(shipped.text().contains("SERVICE " + WIKIDATA), name + " calls the public service");
            queries.add(PreparedQueries.parse(name,
                    shipped.text().replace(WIKIDATA, "<" + wikidata.endpoint() + ">")));
        }
        return PreparedQueries.of(queries);
    }

    private HttpResponse<String> get(ServerOptions options, String pathAndQuery) throws Exception {
        try (ActorStore store = linkedStore()) {
            ActorGraphServer server = new ActorGraphServer(store.dataset(), pointedAtFixture(), "127.0.0.1", 0,
                    options).start();
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.preparedUrl() + pathAndQuery))
                        .timeout(Duration.ofSeconds(60)).build();
                return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void actorWikidataBringsWikidataFactsWhenServiceIsAllowed() throws Exception {
        HttpResponse<String> r = get(ServerOptions.defaults().withAllowService(true), "actor-wikidata?format=csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals("entity,name,wikidata,label,description,image,countries,offices", lines.get(0));
        assertEquals(3, lines.size(), r.body());
        assertTrue(lines.get(2).startsWith(Fixtures.LAVROV + ",Sergey Lavrov,http://www.wikidata.org/entity/Q9000001,"
                + "Sergey Lavrov,\"Russian diplomat, foreign minister since 2004\",http://commons.wikimedia.org/wiki/Special:"
                + "FilePath/Sergey%20Lavrov.jpg,Russia,Minister of Foreign Affairs of Russia"), r.body());
        assertTrue(lines.get(1).contains("Marco Rubio") && lines.get(1).contains("United States Secretary of State"),
                r.body());
        assertOneAnchoredQueryPerItem(2);
    }

    @Test
    void positionsByOfficeJoinsPositionsWithOfficesHeld() throws Exception {
        String office = URLEncoder.encode("foreign affairs", StandardCharsets.UTF_8);
        HttpResponse<String> r = get(ServerOptions.defaults().withAllowService(true),
                "positions-by-office?format=csv&office=" + office);
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals(2, lines.size(), r.body());
        assertTrue(lines.get(1).startsWith("Minister of Foreign Affairs of Russia,Sergey Lavrov,,say,Support,"
                + "the talks were useful," + Fixtures.POSITION), r.body());
        // Rubio states no position, so only Lavrov is asked about.
        assertOneAnchoredQueryPerItem(1);

        wikidata.reset();
        HttpResponse<String> none = get(ServerOptions.defaults().withAllowService(true),
                "positions-by-office?format=csv&office=" + URLEncoder.encode("Secretary", StandardCharsets.UTF_8));
        assertEquals(200, none.statusCode(), none.body());
        assertEquals(1, none.body().lines().count(), none.body());
    }

    /** What reaches Wikidata must be one small query per linked item with the item filled in, never an open one. */
    private static void assertOneAnchoredQueryPerItem(int items) {
        List<String> sent = wikidata.queries();
        assertEquals(items, sent.size(), String.join("\n---\n", sent));
        for (String q : sent) {
            assertTrue(q.contains("<http://www.wikidata.org/entity/Q900000"), q);
            assertFalse(q.contains("?wikidata"), q);
        }
    }

    @Test
    void federatedQueriesAreRefusedByDefault() throws Exception {
        for (String path : List.of("actor-wikidata", "positions-by-office?office=minister")) {
            HttpResponse<String> r = get(ServerOptions.defaults(), path);
            assertEquals(403, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().contains("Sergey Lavrov"), r.body());
        }
        assertEquals(0, wikidata.requests(), "the server made no outbound call");
    }
}
