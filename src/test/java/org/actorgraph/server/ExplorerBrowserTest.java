package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.actorgraph.cli.ActorGraphCommand;
import org.actorgraph.query.PreparedQueries;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Chromium;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The explorer page as an analyst meets it, in a real headless Chromium, on the seeds and the 40 articles of the dev
 * set (read in place from {@code ../shared/eval/gold/dev}, or {@code -Dactorgraph.shared=DIR}): the network draws the
 * links the prepared query gives, a topic filter changes it, a click on Sergey Lavrov shows his positions and
 * timeline, and a click on one of them, or on a link, reaches its sentence highlighted in its article. Clicks are the
 * browser's own mouse events. Screenshots go to {@code target/explorer/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String LAVROV = "https://w3id.org/actorgraph/id/person/sergey-lavrov";
    private static final String RUSSIA = "https://w3id.org/actorgraph/id/country/russia";
    private static final String US = "https://w3id.org/actorgraph/id/country/united-states";
    private static final Path SCREENSHOTS = Path.of("target", "explorer");

    /** The most links the explorer draws (explore.js). */
    private static final int LINK_CAP = 300;

    private Path tmp;

    private Optional<Path> chromium;
    private Path dev;
    private ActorStore store;
    private ActorGraphServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void convertAndServe(@TempDir Path dir) throws IOException {
        tmp = dir;
        chromium = Chromium.find();
        Assumptions.assumeTrue(chromium.isPresent(),
                "No Chromium on this machine (apt-get install chromium); the browser test of the explorer is skipped");
        dev = Path.of(System.getProperty("actorgraph.shared", "../shared"), "eval", "gold", "dev");
        List<String> args = new ArrayList<>(List.of("convert", "seeds"));
        if (Files.isDirectory(dev)) {
            try (Stream<Path> files = Files.list(dev)) {
                files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> args.add(f.toString()));
            }
        }
        args.addAll(List.of("--threads", "2", "--store", tmp.resolve("store").toString()));
        StringWriter err = new StringWriter();
        CommandLine cl = ActorGraphCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute(args.toArray(String[]::new)), err.toString());
        store = ActorStore.open(tmp.resolve("store"));
        server = new ActorGraphServer(store.dataset(), PreparedQueries.load(), "127.0.0.1", 0,
                ServerOptions.defaults()).start();
    }

    @AfterAll
    void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void networkDrawsFiltersAndClicksThroughToTheEvidence() throws Exception {
        try (Chromium browser = Chromium.start(chromium.get(), tmp.resolve("profile"))) {
            browser.viewport(1440, 900);
            browser.open(server.startUrl());
            assertTrue(browser.waitFor("document.querySelector('#explore')", WAIT), "start page did not load");
            browser.click("#explore");
            assertTrue(browser.waitFor("window.explorer && explorer.loads === 1", WAIT), "the explorer did not load");
            assertEquals("", browser.evalString("explorer.error || ''"));

            // Every link the prepared query gives is drawn, between the actors it names.
            JsonArray all = rows("actor-network", Map.of("topic", "", "stance", "", "since", "", "until", "",
                    "type", "", "minWeight", "1"));
            // The heaviest LINK_CAP links are drawn, and the page says when there were more.
            int drawn = Math.min(all.size(), LINK_CAP);
            assertEquals(drawn, count(browser, "explorer.cy.edges().length"));
            assertEquals(String.valueOf(all.size() > LINK_CAP), browser.evalString("String(explorer.capped)"));
            assertTrue(hasEdge(browser, "met", RUSSIA, US), "Russia and the United States met in a seed article");
            assertTrue(hasEdge(browser, "addressed", "https://w3id.org/actorgraph/id/person/nicolas-dupont-aignan",
                    "https://w3id.org/actorgraph/id/organization/european-union"), "Dupont-Aignan called on the EU");
            assertEquals("Sergey Lavrov", browser.evalString("explorer.cy.getElementById(" + Chromium.js(LAVROV)
                    + ").data('label')"));

            topicFilterChangesTheNetwork(browser, drawn);
            lavrovsProfileAndTimeline(browser);
            aPositionReachesItsSentence(browser);
            // For the picture: Lavrov's neighbourhood in view and his profile from its top.
            browser.eval("(function(){explorer.cy.fit(explorer.cy.getElementById(" + Chromium.js(LAVROV)
                    + ").closedNeighborhood(), 50);document.getElementById('details').scrollTop=0;})()");
            browser.screenshot(SCREENSHOTS.resolve("explorer.png"));
            aLinkReachesItsSentence(browser);
            stanceView(browser);
            assertTrue(browser.exceptions().isEmpty(), "uncaught script errors: " + browser.exceptions());
        }
    }

    @Test
    void devSetActorsAndLinksAreDrawn() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(dev), dev.toAbsolutePath() + " is absent (the shared dev set): "
                + "the dev-set half of the explorer test is skipped; the seed half ran");
        try (Chromium browser = Chromium.start(chromium.get(), tmp.resolve("profile-dev"))) {
            browser.open(server.exploreUrl());
            assertTrue(browser.waitFor("window.explorer && explorer.loads === 1", WAIT), "the explorer did not load");
            assertTrue(count(browser, "explorer.cy.nodes().length") > 150, "the dev set names over 150 linked actors");
            // Israel and Hamas take part in events of two dev articles: the one link of weight 2 between them.
            assertEquals("2", browser.evalString("String(explorer.cy.edges().filter(e => e.data('relation') === 'met'"
                    + " && e.data('source').endsWith('/israel') && e.data('target').endsWith('/hamas'))[0].data('weight'))"));
            assertTrue(browser.evalString("explorer.cy.nodes().map(n => n.data('label')).join('|')")
                    .contains("Donald Trump"));
        }
    }

    private void topicFilterChangesTheNetwork(Chromium browser, int allLinks) throws Exception {
        String before = edgeIds(browser);
        choose(browser, "f-topic", "peace negotiations");
        assertTrue(browser.waitFor("explorer.loads === 2", WAIT), "the topic filter did not reload the network");
        JsonArray onTopic = rows("actor-network", Map.of("topic", "peace negotiations", "stance", "", "since", "",
                "until", "", "type", "", "minWeight", "1"));
        int shown = count(browser, "explorer.cy.edges().length");
        assertEquals(Math.min(onTopic.size(), LINK_CAP), shown);
        assertTrue(shown > 0 && shown < allLinks, "the topic keeps some links and drops others: " + shown);
        assertNotEquals(before, edgeIds(browser));
        choose(browser, "f-topic", "");
        assertTrue(browser.waitFor("explorer.loads === 3 && explorer.cy.edges().length === " + allLinks, WAIT));
    }

    private void lavrovsProfileAndTimeline(Chromium browser) throws Exception {
        // Brought to the middle and zoomed in, as a user would before clicking a node among many.
        browser.eval("(function(){var n=explorer.cy.getElementById(" + Chromium.js(LAVROV) + ");"
                + "explorer.cy.zoom(2.2);explorer.cy.center(n);})()");
        JsonObject at = browser.eval("(function(){var n=explorer.cy.getElementById(" + Chromium.js(LAVROV) + ");"
                + "var p=n.renderedPosition(),r=document.getElementById('network').getBoundingClientRect();"
                + "return {x:r.left+p.x,y:r.top+p.y};})()").getAsObject();
        browser.click(at.get("x").getAsNumber().value().doubleValue(), at.get("y").getAsNumber().value().doubleValue());
        assertTrue(browser.waitFor("explorer.actor === " + Chromium.js(LAVROV)
                + " && document.querySelectorAll('#timeline li.item').length > 0", WAIT),
                "clicking Lavrov showed no timeline: " + browser.evalString("document.getElementById('details').innerText"));
        String profile = browser.evalString("document.getElementById('profile').textContent");
        assertTrue(profile.startsWith("Sergey Lavrov"), profile);
        assertTrue(profile.contains("foreign minister"), "his titles: " + profile);
        assertTrue(profile.contains("Positions by topic and stance"), profile);
        assertTrue(profile.contains("peace negotiations"), profile);
        assertEquals("DBpedia", browser.evalString("document.querySelector('#profile .external a').textContent"));
        JsonArray timeline = rows("actor-timeline", Map.of("entity", LAVROV));
        assertEquals(timeline.size(), count(browser, "document.querySelectorAll('#timeline li.item').length"));
        long positions = timeline.stream().filter(r -> value(r.getAsObject(), "kind").equals("Position")).count();
        assertEquals(positions, count(browser, "document.querySelectorAll('#timeline li.item:not(.event)').length"));
    }

    private void aPositionReachesItsSentence(Chromium browser) throws Exception {
        String item = browser.evalString("document.querySelector('#timeline li.item:not(.event)').dataset.item");
        browser.click("#timeline li.item:not(.event)");
        assertTrue(browser.waitFor("explorer.evidence === " + Chromium.js(item), WAIT), "no evidence for " + item);
        // The highlight is cut from the article at the position's offsets: it is the sentence the graph stores.
        JsonObject stored = rows("evidence", Map.of("position", item)).get(0).getAsObject();
        assertEquals(value(stored, "sentence"), browser.evalString("document.getElementById('evidence-sentence').textContent"));
        if (value(stored, "sentence").contains(value(stored, "text"))) {
            assertEquals(value(stored, "text"), browser.evalString("document.querySelector('#evidence mark.stated').textContent"));
        }
        assertTrue(browser.evalString("document.querySelector('#evidence .meta').innerText").contains("Sergey Lavrov"));
    }

    private void aLinkReachesItsSentence(Chromium browser) throws Exception {
        String edge = "explorer.cy.edges().filter(e => e.data('relation') === 'met' && e.data('source') === "
                + Chromium.js(RUSSIA) + " && e.data('target') === " + Chromium.js(US) + ")[0]";
        // A user drags aside any actor drawn over the link's middle before clicking it; the layout may put one there.
        browser.eval("(function(){var e=" + edge + ";explorer.cy.zoom(1.5);explorer.cy.center(e);"
                + "for(var i=0;i<5;i++){var m=e.renderedMidpoint();var over=explorer.cy.nodes().filter(function(n){"
                + "var b=n.renderedBoundingBox({includeLabels:false});return b.x1-8<=m.x&&m.x<=b.x2+8&&b.y1-8<=m.y&&m.y<=b.y2+8;});"
                + "if(over.empty())break;over.forEach(function(n){if(n.same(e.source())||n.same(e.target())){"
                + "var s=e.source().renderedPosition(),t=e.target().renderedPosition();"
                + "e.target().renderedPosition({x:t.x+(t.x-s.x)*0.5,y:t.y+(t.y-s.y)*0.5});}else{"
                + "var p=n.renderedPosition();n.renderedPosition({x:p.x,y:p.y+(p.y<m.y?-120:120)});}});explorer.cy.center(e);}})()");
        JsonObject at = browser.eval("(function(){var p=" + edge + ".renderedMidpoint(),"
                + "r=document.getElementById('network').getBoundingClientRect();return {x:r.left+p.x,y:r.top+p.y};})()")
                .getAsObject();
        browser.click(at.get("x").getAsNumber().value().doubleValue(), at.get("y").getAsNumber().value().doubleValue());
        assertTrue(browser.waitFor("!document.getElementById('link').hidden"
                + " && document.querySelectorAll('#link li').length === 2 && explorer.evidence", WAIT),
                "clicking the link listed nothing: " + browser.evalString("document.getElementById('details').innerText"));
        assertTrue(browser.evalString("document.querySelector('#link h3').textContent").contains("met"));
        browser.click("#link li:nth-child(1)");
        assertTrue(browser.waitFor("document.getElementById('evidence-sentence').textContent.includes('Riyadh')", WAIT),
                "the meeting's sentence: " + browser.evalString("document.getElementById('evidence').innerText"));
    }

    private void stanceView(Chromium browser) throws Exception {
        browser.click("#tab-stances");
        assertTrue(browser.waitFor("document.querySelectorAll('#stance-matrix tbody tr').length > 0", WAIT));
        assertTrue(browser.evalString("document.getElementById('stance-matrix').innerText").contains("Sergey Lavrov"));
        browser.screenshot(SCREENSHOTS.resolve("stances.png"));
        browser.click("#tab-network");
    }

    private static void choose(Chromium browser, String select, String value) {
        browser.eval("(function(){var s=document.getElementById(" + Chromium.js(select) + ");s.value="
                + Chromium.js(value) + ";s.dispatchEvent(new Event('change'));})()");
    }

    private static boolean hasEdge(Chromium browser, String relation, String source, String target) {
        return count(browser, "explorer.cy.edges().filter(e => e.data('relation') === " + Chromium.js(relation)
                + " && e.data('source') === " + Chromium.js(source) + " && e.data('target') === "
                + Chromium.js(target) + ").length") == 1;
    }

    private static String edgeIds(Chromium browser) {
        return browser.evalString("explorer.cy.edges().map(e => e.id()).sort().join('\\n')");
    }

    private static int count(Chromium browser, String expression) {
        return Integer.parseInt(browser.evalString("String(" + expression + ")"));
    }

    private static String value(JsonObject row, String var) {
        return row.hasKey(var) ? row.get(var).getAsObject().get("value").getAsString().value() : "";
    }

    /** A prepared query's rows as the page gets them, over HTTP. */
    private JsonArray rows(String query, Map<String, String> params) throws Exception {
        StringBuilder url = new StringBuilder(server.preparedUrl()).append(query).append("?format=json");
        params.forEach((k, v) -> url.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray();
    }
}
