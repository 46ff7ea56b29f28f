package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.actorgraph.pipeline.ConversionOptions;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.StoreDumps;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversion that has grown the store past the threshold ends by compacting it, and the data is unchanged. */
class CompactionTest {
    @TempDir
    Path tmp;

    private static String convert(Path store, Path in, long compactAfter) {
        StringWriter err = new StringWriter();
        try (ActorStore s = ActorStore.open(store); PrintWriter w = new PrintWriter(err)) {
            int exit = ConsoleProgress.convert(s, ConversionOptions.defaults().link(false).compactWhenGrown(compactAfter, 0),
                    List.of(in), w);
            w.flush();
            assertEquals(ActorGraphCommand.EXIT_OK, exit, err.toString());
        }
        return err.toString();
    }

    @Test
    void aRunThatGrewTheStoreCompactsItAndKeepsTheSameData() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Kaja Kallas said that the European Union would keep its sanctions on Russia.");
        Files.writeString(in.resolve("b.txt"), "Wang Yi met Sergei Lavrov in Beijing on Monday to discuss trade.");
        Files.writeString(in.resolve("c.txt"), "Antonio Guterres urged both sides to respect the ceasefire.");

        Path plain = tmp.resolve("plain");
        String plainLog = convert(plain, in, Long.MAX_VALUE);
        assertFalse(plainLog.contains("Compacted"), plainLog);

        Path compacted = tmp.resolve("compacted");
        String log = convert(compacted, in, 1);
        assertTrue(log.contains("Compacted the store: "), log);
        assertTrue(Files.isDirectory(compacted.resolve("Data-0002")), "a new generation of the database");
        assertFalse(Files.exists(compacted.resolve("Data-0001")), "the old generation is deleted");

        Dataset expected = StoreDumps.copy(plain);
        assertTrue(StoreDumps.sameData(expected, StoreDumps.copy(compacted)), "compaction changes no data");
        // The compacted store takes further writes: a rerun finds every article unchanged.
        String rerun = convert(compacted, in, 1);
        assertTrue(rerun.contains("3 unchanged article(s) skipped"), rerun);
    }
}
