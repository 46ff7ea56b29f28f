package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.query.PreparedQuery;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What SPARQL clients expect of the endpoint, asked over real HTTP of a read-only server on a TDB2 fixture store:
 * a service description, graphs in every RDF syntax by Accept or by a client library's format name, XML answers for
 * clients that only ask for XML, {@code ?default} as the union a query sees, a plain refusal of updates, and the start
 * page with the prefixes and prepared queries.
 */
class EndpointProtocolTest {
    private static final String SD = ServiceDescription.SD;
    private static final String CONSTRUCT = "CONSTRUCT { <" + Fixtures.LAVROV + "> ?p ?o } WHERE { <"
            + Fixtures.LAVROV + "> ?p ?o }";

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

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String query(String sparql) {
        return server.sparqlUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<?> resp) {
        return resp.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).base("http://example.org/").parse(m);
        return m;
    }

    /** What the CONSTRUCT gives when run directly on the store. */
    private static Model expectedConstruct() {
        Dataset ds = store.dataset();
        return ds.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(CONSTRUCT).build()) {
                return qe.execConstruct();
            }
        });
    }

    @Test
    void serviceDescriptionAtTheQueryEndpoint() throws Exception {
        for (String endpoint : List.of(server.sparqlUrl(), server.datasetUrl() + "/query")) {
            HttpResponse<String> resp = get(endpoint, null);
            assertEquals(200, resp.statusCode(), endpoint + ": " + resp.body());
            assertEquals("text/turtle", contentType(resp));
            Model sd = parse(resp.body(), Lang.TURTLE);
            var service = sd.createResource(endpoint);
            assertTrue(sd.contains(service, RDF.type, sd.createResource(SD + "Service")), resp.body());
            assertTrue(sd.contains(service, sd.createProperty(SD, "endpoint"), service), resp.body());
            assertTrue(sd.contains(service, sd.createProperty(SD, "feature"), sd.createResource(SD + "UnionDefaultGraph")));
            assertTrue(sd.contains(service, sd.createProperty(SD, "supportedLanguage"),
                    sd.createResource(SD + "SPARQL11Query")));
            // Outbound SERVICE is refused by default, so federation is not claimed.
            assertFalse(sd.contains(service, sd.createProperty(SD, "feature"),
                    sd.createResource(SD + "BasicFederatedQuery")));
        }
        HttpResponse<String> xml = get(server.sparqlUrl(), "application/rdf+xml");
        assertEquals("application/rdf+xml", contentType(xml));
        assertTrue(parse(xml.body(), Lang.RDFXML).contains(null, RDF.type, ResourceFactory.createResource(SD + "Service")));
    }

    @Test
    void constructAndDescribeInEveryRdfSyntaxByAccept() throws Exception {
        Model expected = expectedConstruct();
        assertTrue(expected.size() > 3);
        List<Lang> langs = List.of(Lang.RDFXML, Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.N3, Lang.RDFJSON);
        for (Lang lang : langs) {
            String type = lang.getContentType().getContentTypeStr();
            HttpResponse<String> resp = get(query(CONSTRUCT), type);
            assertEquals(200, resp.statusCode(), type + ": " + resp.body());
            // Jena writes N3 as Turtle, which is N3.
            Lang answered = lang == Lang.N3 ? Lang.TURTLE : lang;
            assertEquals(answered.getContentType().getContentTypeStr(), contentType(resp), type);
            assertTrue(expected.isIsomorphicWith(parse(resp.body(), answered)), type + ":\n" + resp.body());
        }
        HttpResponse<String> describe = get(query("DESCRIBE <" + Fixtures.LAVROV + ">"), "application/rdf+xml");
        assertEquals(200, describe.statusCode());
        assertEquals("application/rdf+xml", contentType(describe));
        assertTrue(parse(describe.body(), Lang.RDFXML).contains(ResourceFactory.createResource(Fixtures.LAVROV), null));
    }

    @Test
    void graphFormatNamesOfClientLibrariesAreUnderstood() throws Exception {
        Model expected = expectedConstruct();
        // SPARQLWrapper sends its return format as format=...; Fuseki alone answers 400 to rdf+xml.
        for (String[] c : new String[][] {{"rdf+xml", "application/rdf+xml"}, {"turtle", "text/turtle"},
                {"n3", "text/turtle"}, {"json-ld", "application/ld+json"}}) {
            HttpResponse<String> resp = get(query(CONSTRUCT) + "&format=" + URLEncoder.encode(c[0], StandardCharsets.UTF_8),
                    c[1]);
            assertEquals(200, resp.statusCode(), c[0] + ": " + resp.body());
            assertEquals(c[1], contentType(resp), c[0]);
        }
        HttpResponse<String> xml = get(query(CONSTRUCT) + "&output=rdf%2Bxml", null);
        assertEquals(200, xml.statusCode(), xml.body());
        assertTrue(expected.isIsomorphicWith(parse(xml.body(), Lang.RDFXML)));
    }

    @Test
    void clientsAskingOnlyForXmlResultsGetXml() throws Exception {
        // roqet sends this Accept header for every query form.
        String roqet = "application/sparql-results+xml";
        HttpResponse<String> ask = get(query("ASK { <" + Fixtures.LAVROV + "> ?p ?o }"), roqet);
        assertEquals(200, ask.statusCode());
        assertEquals(roqet, contentType(ask));
        assertTrue(ask.body().contains("<boolean>true</boolean>"), ask.body());
        HttpResponse<String> no = get(query("ASK { <urn:nobody> ?p ?o }"), roqet);
        assertTrue(no.body().contains("<boolean>false</boolean>"), no.body());

        HttpResponse<String> construct = get(query(CONSTRUCT), roqet);
        assertEquals(200, construct.statusCode(), construct.body());
        assertEquals("application/rdf+xml", contentType(construct));
        assertTrue(expectedConstruct().isIsomorphicWith(parse(construct.body(), Lang.RDFXML)));

        HttpResponse<String> json = get(query(CONSTRUCT), "application/sparql-results+json");
        assertEquals("application/ld+json", contentType(json));
        assertTrue(expectedConstruct().isIsomorphicWith(parse(json.body(), Lang.JSONLD)));
    }

    @Test
    void graphStoreDefaultIsTheUnionAQuerySees() throws Exception {
        long union = store.dataset().calculateRead(() -> store.dataset().getUnionModel().size());
        assertTrue(union > 0);
        for (String url : List.of(server.datasetUrl() + "?default", server.datasetUrl() + "/get?default")) {
            HttpResponse<String> resp = get(url, "application/n-triples");
            assertEquals(200, resp.statusCode(), url);
            assertEquals("application/n-triples", contentType(resp));
            Model read = parse(resp.body(), Lang.NTRIPLES);
            assertEquals(union, read.size(), url);
            assertTrue(read.contains(ResourceFactory.createResource(Fixtures.LAVROV), null), url);
        }
        // One named graph still reads as itself.
        HttpResponse<String> one = get(server.datasetUrl() + "?graph="
                + URLEncoder.encode(Fixtures.ARTICLE_1, StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(store.graph(Fixtures.ARTICLE_1).size(), parse(one.body(), Lang.NTRIPLES).size());
    }

    @Test
    void anUpdateOnAReadOnlyServerIsRefusedInOnePlainSentence() throws Exception {
        long before = Fixtures.quadCount(store.dataset());
        // What the Fuseki UI's editor sends for an INSERT when the dataset has no update endpoint.
        HttpRequest form = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update="
                        + URLEncoder.encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(form, HttpResponse.BodyHandlers.ofString());
        assertEquals(403, resp.statusCode());
        assertEquals(ProtocolFilter.READ_ONLY_MESSAGE, resp.body().strip());
        assertEquals(before, Fixtures.quadCount(store.dataset()));
        // A query posted as a form still runs.
        HttpRequest q = HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString("query="
                        + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> asked = HttpClient.newHttpClient().send(q, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, asked.statusCode(), asked.body());
        assertTrue(asked.body().contains("<boolean>true</boolean>"), asked.body());
    }

    @Test
    void startPageOffersThePrefixesAndEveryPreparedQuery() throws Exception {
        HttpResponse<String> resp = get(server.startUrl(), "text/html");
        assertEquals(200, resp.statusCode());
        assertEquals("text/html", contentType(resp));
        String page = resp.body();
        assertTrue(page.contains("PREFIX ag: &lt;https://w3id.org/actorgraph/ontology#&gt;"), page);
        assertTrue(page.contains("This server is read-only."), page);
        PreparedQueries queries = PreparedQueries.load();
        for (PreparedQuery q : queries.all()) {
            assertTrue(page.contains("action=\"/actorgraph/prepared/" + q.name() + "\""), q.name());
            assertTrue(page.contains("href=\"" + LandingPage.editorLink(LandingPage.editorText(q)).replace("&", "&amp;")
                    + "\""), q.name());
        }
        // The form of positions-of runs the prepared query.
        HttpResponse<String> run = get(server.baseUrl() + "actorgraph/prepared/positions-of?actor=Lavrov&format=table", null);
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(run.body().contains("the talks were useful"), run.body());
    }

    @Test
    void editorTextOfAPreparedQueryStillParses() {
        for (PreparedQuery q : PreparedQueries.load().all()) {
            org.apache.jena.query.QueryFactory.create(LandingPage.editorText(q));
        }
    }

    @Test
    void theUiPageCarriesTheReadOnlySettings() throws Exception {
        HttpResponse<String> resp = get(server.baseUrl(), "text/html");
        assertEquals(200, resp.statusCode());
        assertTrue(resp.body().contains("window.actorgraphServer = {readOnly: true"), resp.body());
        assertTrue(resp.body().contains("./static/"), "still Fuseki's page");
        assertEquals(200, get(server.uiUrl(), null).statusCode());
        Optional<String> type = get(server.baseUrl() + "favicon.ico", null).headers().firstValue("Content-Type");
        assertTrue(type.isPresent(), "static files are still served");
    }
}
