package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.actorgraph.graph.Iris;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.StoreDumps;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rerunning a conversion skips unchanged articles, redoes changed ones, and gives the same export each time. */
class ResumeTest {
    private static final String ORIGINAL = "Kaja Kallas said that the European Union would keep its sanctions on Russia.";
    private static final String CHANGED = "Kaja Kallas warned that the European Union would widen its sanctions on Russia.";

    @TempDir
    Path tmp;

    @Test
    void unchangedArticlesAreSkippedAndChangedOnesReplaced() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path edited = Files.writeString(in.resolve("kallas.txt"), ORIGINAL);
        Files.writeString(in.resolve("more.jsonl"), String.join("\n",
                "{\"id\": \"j1\", \"text\": \"Antonio Guterres urged both sides to respect the ceasefire.\", \"date\": \"2024-05-02\"}",
                "{\"id\": \"j2\", \"text\": \"Mark Rutte said the alliance would defend every ally.\", \"title\": \"Rutte\"}",
                "{\"id\": \"j3\", \"text\": \"Wang Yi met Sergei Lavrov in Beijing on Monday.\"}"));
        Path store = tmp.resolve("store");
        String[] convert = {"convert", in.toString(), "--store", store.toString()};

        CliRun first = CliRun.of(convert);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("Converted 4 article(s)"), first.err());
        Dataset firstExport = StoreDumps.copy(store);

        CliRun second = CliRun.of(convert);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("Converted 0 article(s)"), second.err());
        assertTrue(second.err().contains("NLP models not loaded"), second.err());
        assertTrue(second.err().contains("; 4 unchanged article(s) skipped"), second.err());
        assertTrue(StoreDumps.sameData(firstExport, StoreDumps.copy(store)), "two runs, one export");

        Files.writeString(edited, CHANGED);
        CliRun third = CliRun.of(convert);
        assertEquals(0, third.exit(), third.err());
        assertTrue(third.err().contains("Converted 1 article(s)"), third.err());
        assertTrue(third.err().contains("; 3 unchanged article(s) skipped"), third.err());
        String iri = new Iris().article("kallas");
        try (ActorStore s = ActorStore.open(store)) {
            Model g = s.graph(iri);
            assertEquals(CHANGED, g.getRequiredProperty(g.createResource(iri), AG.nifIsString).getString());
            assertFalse(StoreDumps.canonicalNQuads(StoreDumps.copyOf(s)).contains("would keep its sanctions"),
                    "nothing of the old version is left");
            assertEquals(4, s.articleCount());
        }

        Files.writeString(edited, ORIGINAL);
        assertEquals(0, CliRun.of(convert).exit());
        assertTrue(StoreDumps.sameData(firstExport, StoreDumps.copy(store)), "back to the first version");

        // Another IRI base is another graph: nothing is skipped.
        CliRun otherBase = CliRun.of("convert", edited.toString(), "--store", store.toString(), "--base", "https://example.org/ag/");
        assertTrue(otherBase.err().contains("Converted 1 article(s)"), otherBase.err());
    }
}
