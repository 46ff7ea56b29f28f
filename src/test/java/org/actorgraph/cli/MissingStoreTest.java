package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.actorgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that only read a store refuse a missing one in one line, and never create it. */
class MissingStoreTest {
    @TempDir
    Path tmp;

    private void refused(Path store, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--store", store.toString()));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        String what = String.join(" ", command) + " answered:\n" + r.err();
        assertEquals(ActorGraphCommand.EXIT_FAILURE, r.exit(), what);
        assertEquals(List.of("actorgraph " + command[0] + ": no store at " + store.toAbsolutePath()
                        + (Files.isDirectory(store) ? " (the folder holds no TDB2 database)" : "")
                        + " — create one with: actorgraph convert ARTICLES --store " + store.toAbsolutePath()),
                r.err().lines().toList(), what);
        assertTrue(r.out().isEmpty(), what + "\nstdout: " + r.out());
    }

    @Test
    void everyReadCommandRefusesAMissingStoreAndLeavesNoFolder() {
        Path missing = tmp.resolve("nostore");
        refused(missing, "query", "actors");
        refused(missing, "export", "--format", "nquads");
        refused(missing, "link", "--endpoint", "http://127.0.0.1:9/sparql");
        refused(missing, "explain", "--article", "a1");
        refused(missing, "serve", "--port", "0");
        refused(missing, "sparql", "ASK {}");
        assertFalse(Files.exists(missing), "a read command created " + missing);
    }

    @Test
    void anEmptyFolderIsNotAStoreEither() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        refused(empty, "query", "actors");
        try (var files = Files.list(empty)) {
            assertEquals(0, files.count(), "nothing was written into the folder");
        }
    }

    @Test
    void jenasLocOptionNamesTheStoreToo() {
        Path store = tmp.resolve("store");
        Fixtures.smallStore(store).close();
        CliRun r = CliRun.of("query", "articles", "--loc", store.toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("000-test") || r.out().contains("000_test"), r.out());
    }
}
