package org.actorgraph.cli;

import org.actorgraph.store.ActorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad inputs are named with file and line; the good articles are still converted; exit code 1 at the end. */
class BadInputTest {
    @TempDir
    Path tmp;

    @Test
    void badInputsAreReportedAndTheRestIsConverted() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Kaja Kallas said that the European Union would keep its sanctions on Russia.");
        Files.writeString(in.resolve("empty.txt"), "   \n\t\n");
        Files.write(in.resolve("latin1.txt"), "Le ministre a d\u00e9clar\u00e9 que la France soutient l'Ukraine.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("batch.jsonl"), String.join("\n",
                "{\"id\": \"j1\", \"text\": \"Antonio Guterres urged both sides to respect the ceasefire.\", \"date\": \"2024-05-02\"}",
                "{\"id\": \"j2\", \"text\": ",
                "{\"id\": \"j3\", \"text\": \"\"}"));
        Path store = tmp.resolve("store");
        CliRun r = CliRun.of("convert", in.toString(), tmp.resolve("missing.txt").toString(), "--store", store.toString());

        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("empty.txt: empty article"), r.err());
        assertTrue(r.err().contains("latin1.txt: not valid UTF-8"), r.err());
        assertTrue(r.err().contains("batch.jsonl:2: malformed JSON line: not a complete JSON object"), r.err());
        assertTrue(r.err().contains("batch.jsonl:3: malformed JSON line: missing or empty \"text\""), r.err());
        assertTrue(r.err().contains("missing.txt: no such file or directory"), r.err());
        assertTrue(r.err().contains("Converted 2 article(s)"), r.err());
        try (ActorStore s = ActorStore.open(store)) {
            assertEquals(2, s.articleCount());
        }
    }

    @Test
    void aFailedBatchLeavesWhatWasStoredIntact() throws Exception {
        Path store = tmp.resolve("store");
        Path good = Files.writeString(tmp.resolve("a1.txt"), "Mark Rutte said the alliance would defend every ally.");
        assertEquals(0, CliRun.of("convert", good.toString(), "--store", store.toString()).exit());
        Path bad = Files.writeString(tmp.resolve("a2.txt"), "");
        CliRun r = CliRun.of("convert", bad.toString(), "--store", store.toString());
        assertEquals(1, r.exit());
        try (ActorStore s = ActorStore.open(store)) {
            assertEquals(1, s.articleCount());
        }
    }

    @Test
    void duplicateIdsInOneBatchAreReported() throws Exception {
        Path jl = Files.writeString(tmp.resolve("d.jsonl"),
                "{\"id\": \"x\", \"text\": \"Mark Rutte said the alliance was united.\"}\n"
                        + "{\"id\": \"x\", \"text\": \"Mark Rutte said it again.\"}\n");
        CliRun r = CliRun.of("convert", jl.toString(), "--store", tmp.resolve("s").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("d.jsonl:2: duplicate article id \"x\""), r.err());
    }
}
