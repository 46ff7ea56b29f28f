package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Chromium;
import org.actorgraph.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI of a read-only server as a user meets it, in a real headless Chromium: the start page lists the prefixes
 * and prepared queries, a prepared query opens in the Fuseki query editor and runs there, and the pages for what a
 * read-only server cannot do are hidden or say why.
 */
class UiBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EDITOR_TEXT = "(function(){var cm=document.querySelector('.CodeMirror');"
            + "if(cm&&cm.CodeMirror)return cm.CodeMirror.getValue();"
            + "var y=document.querySelector('.yasqe');return y?y.innerText:'';})()";

    @TempDir
    Path tmp;

    @Test
    void readOnlyUiOffersThePreparedQueriesAndNothingThatCannotWork() throws Exception {
        Optional<Path> binary = Chromium.find();
        Assumptions.assumeTrue(binary.isPresent(),
                "No Chromium on this machine (apt-get install chromium); the browser test of the UI is skipped");
        try (ActorStore store = Fixtures.smallStore(tmp.resolve("store"));
                Chromium browser = Chromium.start(binary.get(), tmp.resolve("profile"))) {
            ActorGraphServer server = new ActorGraphServer(store.dataset(), PreparedQueries.load(), "127.0.0.1", 0,
                    ServerOptions.defaults()).start();
            try {
                startPage(browser, server);
                preparedQueryOpensAndRunsInTheEditor(browser, server);
                impossibleActionsAreHiddenOrExplained(browser, server);
            } finally {
                server.stop();
            }
        }
    }

    private static void startPage(Chromium browser, ActorGraphServer server) throws InterruptedException {
        browser.open(server.startUrl());
        assertTrue(browser.waitFor("document.querySelector('#prefixes')", WAIT), "start page did not load");
        assertTrue(browser.evalString("document.querySelector('#prefixes').textContent").contains("PREFIX ag:"));
        int sections = Integer.parseInt(browser.evalString("String(document.querySelectorAll('section').length)"));
        assertEquals(PreparedQueries.load().all().size(), sections);
    }

    private static void preparedQueryOpensAndRunsInTheEditor(Chromium browser, ActorGraphServer server)
            throws InterruptedException {
        String link = browser.evalString("document.querySelector('#q-who-met-whom a.editor').href");
        browser.open(link);
        assertTrue(browser.waitFor(EDITOR_TEXT + ".includes('who-met-whom')", WAIT),
                "the editor did not receive the prepared query: " + browser.evalString(EDITOR_TEXT));
        String firstPrefix = PreparedQueries.load().get("who-met-whom").orElseThrow().text().lines()
                .filter(l -> l.startsWith("PREFIX")).findFirst().orElseThrow();
        assertTrue(browser.evalString(EDITOR_TEXT).contains(firstPrefix), "the editor lacks " + firstPrefix);

        // A query of the user's own, run with the editor's button, answers from this store.
        String query = "PREFIX ag: <https://w3id.org/actorgraph/ontology#>\nSELECT ?article WHERE { <"
                + Fixtures.LAVROV + "> ag:mentionedIn ?article }";
        browser.eval("document.querySelector('.CodeMirror').CodeMirror.setValue(" + Chromium.js(query) + ")");
        browser.eval("document.querySelector('.yasqe_queryButton').click()");
        assertTrue(browser.waitFor("document.querySelector('.yasr') && document.querySelector('.yasr').innerText"
                + ".includes('001-test')", WAIT), "no results in the editor: "
                + browser.evalString("document.body.innerText"));
    }

    private static void impossibleActionsAreHiddenOrExplained(Chromium browser, ActorGraphServer server)
            throws InterruptedException {
        // The dataset list of Fuseki's UI: its add-data and edit links cannot work on a read-only server.
        browser.open(server.baseUrl() + "#/");
        assertTrue(browser.waitFor("document.querySelector('td button')", WAIT),
                "the UI's dataset list did not load: " + browser.evalString("document.body.innerText"));
        String visibleWriteLinks = "Array.from(document.querySelectorAll('a[href^=\"#/manage\"], a[href$=\"/upload\"],"
                + " a[href$=\"/edit\"], button:has(svg[data-icon=\"upload\"]), button:has(svg[data-icon=\"edit\"]),"
                + " button:has(svg[data-icon=\"pen-to-square\"])'))"
                + ".filter(a => getComputedStyle(a).display !== 'none').length";
        // The query and info buttons stay.
        assertEquals("query info", browser.evalString("Array.from(document.querySelectorAll('td button'))"
                + ".filter(b => getComputedStyle(b).display !== 'none').map(b => b.innerText.trim()).join(' ')"));
        assertEquals("0", browser.evalString("String(" + visibleWriteLinks + ")"));
        assertTrue(browser.evalString("document.getElementById('actorgraph-bar').innerText").contains("ActorGraph"));

        // Reached by its address, the management page says why instead of failing.
        browser.open(server.baseUrl() + "#/manage");
        assertTrue(browser.waitFor("document.querySelector('#actorgraph-bar.actorgraph-read-only')", WAIT));
        assertTrue(browser.evalString("document.getElementById('actorgraph-bar').innerText").contains("read-only"));
        assertEquals("none", browser.evalString("document.getElementById('app').style.display"));
        assertTrue(browser.exceptions().isEmpty(), "uncaught script errors: " + browser.exceptions());
    }
}
