package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.actorgraph.link.LinkVocabulary;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.testing.WikidataFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {
    @RegisterExtension
    static final WikidataFixture wikidata = new WikidataFixture();

    @TempDir
    Path tmp;

    @Test
    void linkReportsEachEntityAndASecondRunSendsNothing() {
        Path store = tmp.resolve("store");
        WikidataFixture.actorStore(store).close();
        Path cache = tmp.resolve("wd-cache.json");
        wikidata.reset();

        CliRun first = CliRun.of("link", "--store", store.toString(), "--endpoint", wikidata.endpoint(),
                "--cache", cache.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("Sergey Lavrov (person) -> Q9000001 (1.00: label \"Sergey Lavrov\", "
                + "country Russia, office \"Minister of Foreign Affairs of Russia\")"), first.err());
        assertTrue(first.err().contains("Elena Ivanova (person): ambiguous"), first.err());
        assertTrue(first.err().contains("Nikolai Zubarenko (person): no Wikidata item"), first.err());
        assertTrue(first.err().contains("Linked 9 of 11 entities"), first.err());
        assertTrue(first.err().contains("11 sent to " + wikidata.endpoint()), first.err());
        assertEquals(11, wikidata.requests());

        wikidata.reset();
        CliRun second = CliRun.of("link", "--store", store.toString(), "--endpoint", wikidata.endpoint(),
                "--cache", cache.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("Linked 0 of 2 entities"), second.err());
        assertTrue(second.err().contains("2 from cache"), second.err());
        assertTrue(second.err().contains("0 sent"), second.err());
        assertEquals(0, wikidata.requests());
    }

    @Test
    void theDefaultCacheSitsBesideTheStore() {
        Path store = tmp.resolve("store");
        WikidataFixture.actorStore(store).close();
        CliRun r = CliRun.of("link", "--store", store.toString(), "--endpoint", wikidata.endpoint());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(tmp.resolve("store-wikidata-cache.json")), r.err());
    }

    @Test
    void withoutANetworkItFailsInOneLineNamingTheEndpoint() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/sparql";
        Path store = tmp.resolve("store");
        long quads;
        try (ActorStore s = WikidataFixture.actorStore(store)) {
            quads = Fixtures.quadCount(s.dataset());
        }
        CliRun r = CliRun.of("link", "--store", store.toString(), "--endpoint", endpoint,
                "--cache", tmp.resolve("c.json").toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(endpoint), r.err());
        assertTrue(r.err().contains("not changed"), r.err());
        try (ActorStore s = ActorStore.open(store)) {
            assertEquals(quads, Fixtures.quadCount(s.dataset()));
            assertFalse(s.containsGraph(LinkVocabulary.LINKS_GRAPH));
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        String store = tmp.resolve("store").toString();
        assertEquals(2, CliRun.of("link", "--store", store, "--min-score", "0.2").exit());
        assertEquals(2, CliRun.of("link", "--store", store, "--endpoint", "ftp://example.org/sparql").exit());
        assertEquals(2, CliRun.of("link", "--store", store, "--timeout", "0").exit());
    }
}
