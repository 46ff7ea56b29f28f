package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.testing.StoreAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} of an N-Quads export gives a store that answers every prepared query as the original does. */
class LoadCommandTest {
    @TempDir
    Path tmp;

    @Test
    void anExportLoadedAnswersLikeTheStoreItCameFrom() throws Exception {
        Path original = tmp.resolve("original");
        try (ActorStore store = Fixtures.smallStore(original)) {
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
        }
        Path nq = tmp.resolve("parts/all.nq");
        assertEquals(0, CliRun.of("export", "--store", original.toString(), "--format", "nquads", "--out", nq.toString()).exit());

        CliRun load = CliRun.of("load", tmp.resolve("parts").toString(), "--store", tmp.resolve("loaded").toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.err().startsWith("Loaded "), load.err());
        assertEquals(StoreAnswers.of(original), StoreAnswers.of(tmp.resolve("loaded")));
        try (ActorStore a = ActorStore.open(original); ActorStore b = ActorStore.open(tmp.resolve("loaded"))) {
            assertEquals(a.tripleCount(), b.tripleCount(), "the same triples, names graph included");
        }
    }

    @Test
    void aStoreWithArticlesIsRefusedInOneLine() throws Exception {
        Path store = tmp.resolve("store");
        Fixtures.smallStore(store).close();
        Path nq = tmp.resolve("x.nq");
        Files.writeString(nq, "");
        CliRun r = CliRun.of("load", nq.toString(), "--store", store.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("already holds 2 article(s)"), r.err());
    }

    @Test
    void aFileThatIsNotNQuadsIsNamed() throws Exception {
        Path bad = tmp.resolve("bad.nq");
        Files.writeString(bad, "<a> <b> .\n");
        CliRun r = CliRun.of("load", bad.toString(), "--store", tmp.resolve("s").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("actorgraph load: " + bad + ": not N-Quads"), r.err());
        CliRun missing = CliRun.of("load", tmp.resolve("nope").toString(), "--store", tmp.resolve("s2").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nope: no such file or directory"), missing.err());
    }
}
