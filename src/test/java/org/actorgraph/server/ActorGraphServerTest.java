package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorGraphServerTest {
    @TempDir
    static Path tmp;

    private static ActorStore store;
    private static ActorGraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Fixtures.smallStore(tmp.resolve("store"));
        server = new ActorGraphServer(store.dataset(), "127.0.0.1", 0).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return refused(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    // A refused write may leave its body unread and the connection closed, so each one gets its own connection.
    private static HttpResponse<String> refused(HttpRequest req) throws Exception {
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> values(String json, String var) {
        JsonObject results = JSON.parse(json);
        JsonArray bindings = results.get("results").getAsObject().get("bindings").getAsArray();
        List<String> out = new ArrayList<>();
        bindings.forEach(b -> out.add(b.getAsObject().get(var).getAsObject().get("value").getAsString().value()));
        return out;
    }

    @Test
    void portZeroBindsAFreePortOnTheRequestedHost() {
        assertTrue(server.port() > 0);
        assertTrue(server.sparqlUrl().startsWith("http://127.0.0.1:" + server.port() + "/actorgraph"));
    }

    @Test
    void sparqlQueryOverHttpSeesTheUnionOfArticleGraphs() throws Exception {
        String q = "SELECT ?a WHERE { <" + Fixtures.LAVROV + "> <" + AG.mentionedIn.getURI() + "> ?a } ORDER BY ?a";
        for (String endpoint : List.of("/sparql", "/query", "")) {
            HttpResponse<String> resp = get(server.datasetUrl() + endpoint + "?query=" + enc(q),
                    "application/sparql-results+json");
            assertEquals(200, resp.statusCode(), endpoint + ": " + resp.body());
            assertEquals(List.of(Fixtures.ARTICLE_0, Fixtures.ARTICLE_1), values(resp.body(), "a"), endpoint);
        }
    }

    @Test
    void sparqlQueryCanStillAddressOneArticleGraph() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Fixtures.ARTICLE_1 + "> { ?s ?p ?o } }";
        HttpResponse<String> resp = get(server.sparqlUrl() + "?query=" + enc(q), "application/sparql-results+json");
        assertEquals(200, resp.statusCode());
        long expected = store.graph(Fixtures.ARTICLE_1).size();
        assertEquals(List.of(String.valueOf(expected)), values(resp.body(), "n"));
    }

    @Test
    void preparedQueryRunsOverHttpWithItsParameter() throws Exception {
        HttpResponse<String> resp = get(server.preparedUrl() + "positions-of?actor=" + enc("Lavrov")
                + "&format=json", null);
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals(List.of("the talks were useful"), values(resp.body(), "text"));
    }

    @Test
    void preparedQueryFormatFollowsTheAcceptHeader() throws Exception {
        HttpResponse<String> resp = get(server.preparedUrl() + "positions-of?actor=Lavrov", "text/csv");
        assertEquals(200, resp.statusCode());
        assertTrue(resp.body().startsWith("position,speaker"), resp.body());
    }

    @Test
    void unknownPreparedQueryIsNotFound() throws Exception {
        assertEquals(404, get(server.preparedUrl() + "no-such-query", null).statusCode());
    }

    @Test
    void preparedQueryWithoutItsParameterIsABadRequest() throws Exception {
        HttpResponse<String> resp = get(server.preparedUrl() + "positions-of", null);
        assertEquals(400, resp.statusCode());
        assertTrue(resp.body().contains("needs parameter actor"), resp.body());
        assertEquals(400, get(server.preparedUrl() + "positions-of?actor=x&who=y", null).statusCode());
    }

    @Test
    void preparedQueryInjectionAttemptReturnsNoRows() throws Exception {
        HttpResponse<String> resp = get(server.preparedUrl() + "positions-of?format=json&actor="
                + enc("\"} ; DROP ALL ; #"), null);
        assertEquals(200, resp.statusCode());
        assertEquals(List.of(), values(resp.body(), "text"));
    }

    @Test
    void limitCutsAPreparedQuerysAnswerAndIsCheckedOnItsOwn() throws Exception {
        String all = server.preparedUrl() + "actors?format=json";
        int rows = values(get(all, null).body(), "entity").size();
        assertTrue(rows > 1, "the fixture has actors: " + rows);
        assertEquals(1, values(get(all + "&limit=1", null).body(), "entity").size());
        // Asked again, from the answers the read-only server keeps: the same rows, still cut.
        assertEquals(1, values(get(all + "&limit=1", null).body(), "entity").size());
        assertEquals(rows, values(get(all, null).body(), "entity").size());
        HttpResponse<String> bad = get(all + "&limit=0", null);
        assertEquals(400, bad.statusCode());
        assertEquals("Parameter limit must be a positive whole number or 'all', got '0'", bad.body().strip());
        HttpResponse<String> badOffset = get(all + "&offset=-1", null);
        assertEquals(400, badOffset.statusCode());
        assertEquals("Parameter offset must be a whole number, 0 or more, got '-1'", badOffset.body().strip());
    }

    @Test
    void explorerPageAndItsFilesAreServedFromTheJar() throws Exception {
        HttpResponse<String> page = get(server.exploreUrl(), null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"cytoscape.min.js\"></script>"), page.body());
        HttpResponse<String> library = get(server.exploreUrl() + "cytoscape.min.js", null);
        assertEquals(200, library.statusCode());
        assertTrue(library.body().length() > 100_000 && library.body().contains("cytoscape"), "cytoscape.js itself");
        assertEquals(200, get(server.exploreUrl() + "explore.js", null).statusCode());
        assertEquals(404, get(server.exploreUrl() + "no-such-file.js", null).statusCode());
        assertTrue(get(server.startUrl(), null).body().contains("href=\"/explore/\""), "the start page links to it");
    }

    @Test
    void rootServesTheQueryUi() throws Exception {
        HttpResponse<String> resp = get(server.baseUrl(), "text/html");
        assertEquals(200, resp.statusCode());
        assertTrue(resp.body().toLowerCase().contains("<html"), resp.body());
    }

    @Test
    void uiSupportEndpointsDescribeTheDataset() throws Exception {
        assertEquals(200, get(server.baseUrl() + "$/ping", null).statusCode());
        HttpResponse<String> datasets = get(server.baseUrl() + "$/datasets", "application/json");
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("/actorgraph"), datasets.body());
        assertEquals(200, get(server.baseUrl() + "$/server", "application/json").statusCode());
        assertEquals(200, get(server.baseUrl() + "$/stats/actorgraph", "application/json").statusCode());
    }

    @Test
    void updatesAreRefusedAndTheDataIsUnchanged() throws Exception {
        long before = Fixtures.quadCount(store.dataset());
        String drop = "DROP ALL";
        String insert = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        for (String endpoint : List.of("", "/sparql", "/query", "/update")) {
            int viaBody = post(server.datasetUrl() + endpoint, "application/sparql-update", drop).statusCode();
            assertClientError(viaBody, "sparql-update to '" + endpoint + "'");
            int viaForm = post(server.datasetUrl() + endpoint, "application/x-www-form-urlencoded",
                    "update=" + enc(insert)).statusCode();
            assertClientError(viaForm, "form update to '" + endpoint + "'");
        }
        // Graph store protocol writes.
        String triple = "<urn:a> <urn:b> <urn:c> .";
        assertClientError(post(server.datasetUrl() + "?default", "text/turtle", triple).statusCode(), "GSP POST");
        HttpRequest put = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "?graph=" + enc("urn:x")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(triple)).build();
        assertClientError(refused(put).statusCode(), "GSP PUT");
        HttpRequest delete = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "?graph="
                + enc(Fixtures.ARTICLE_0))).DELETE().build();
        assertClientError(refused(delete).statusCode(), "GSP DELETE");
        // Dataset administration.
        assertClientError(post(server.baseUrl() + "$/datasets?dbName=other&dbType=mem",
                "application/x-www-form-urlencoded", "").statusCode(), "dataset creation");
        HttpRequest dropDataset = HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/datasets/actorgraph"))
                .DELETE().build();
        assertClientError(refused(dropDataset).statusCode(), "dataset drop");

        assertEquals(before, Fixtures.quadCount(store.dataset()));
        assertTrue(store.containsGraph(Fixtures.ARTICLE_0));
    }

    @Test
    void graphStoreReadsAreServed() throws Exception {
        HttpResponse<String> resp = get(server.datasetUrl() + "?graph=" + enc(Fixtures.ARTICLE_1), "text/turtle");
        assertEquals(200, resp.statusCode());
        assertTrue(resp.body().contains("Ankara"), resp.body());
    }

    private static void assertClientError(int status, String what) {
        assertTrue(status >= 400 && status < 500, what + " answered " + status);
    }
}
