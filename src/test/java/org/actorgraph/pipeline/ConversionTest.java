package org.actorgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.actorgraph.article.InputProblem;
import org.actorgraph.graph.Iris;
import org.actorgraph.store.ActorStore;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversion run on real CoreNLP and TDB2: what it stores, the events it sends and the result it returns agree. */
class ConversionTest {
    @TempDir
    Path tmp;

    /** Writes down every event, in order. */
    private static final class Recorder implements ConversionListener {
        final List<String> events = new ArrayList<>();
        int positions;
        ConversionResult finished;

        @Override
        public void converted(int count, String articleId, int positions, int events) {
            this.events.add("converted " + count + " " + articleId);
            this.positions += positions;
        }

        @Override
        public void unchanged(String articleId) {
            events.add("unchanged " + articleId);
        }

        @Override
        public void problem(InputProblem problem) {
            events.add("problem " + problem.message());
        }

        @Override
        public void finished(ConversionResult result) {
            events.add("finished");
            finished = result;
        }
    }

    @Test
    void aRunStoresEachArticleWithItsDigestAndARerunSkipsThemWithoutLoadingModels() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Kaja Kallas said that the European Union would keep its sanctions on Russia.");
        Files.writeString(in.resolve("b.jsonl"),
                "{\"id\": \"b\", \"text\": \"Antonio Guterres urged both sides to respect the ceasefire.\"}\n"
                        + "{\"id\": \"a\", \"text\": \"The same id again.\"}\n");
        ConversionOptions options = ConversionOptions.defaults().link(false).threads(2);
        Iris iris = new Iris();
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            Recorder first = new Recorder();
            ConversionResult r = new Conversion(store, options, first).run(List.of(in));

            assertEquals(2, r.articles(), first.events.toString());
            assertEquals(1, r.problems(), "the repeated id");
            assertFalse(r.ok());
            assertEquals(first.positions, r.positions());
            assertTrue(r.positions() >= 1, "Kallas states a position");
            assertTrue(r.actors() >= 2, "Kallas and Guterres at least: " + r.actors());
            assertTrue(r.timings().nlpModels().isPresent(), "models were loaded");
            assertTrue(r.timings().linkIndex().isEmpty(), "linking is off");
            assertEquals(r, first.finished);
            assertEquals("finished", first.events.get(first.events.size() - 1));
            assertTrue(first.events.contains("problem duplicate article id \"a\" in this batch; skipped"), first.events.toString());

            String digest = store.digestOf(iris.article("a")).orElseThrow();
            assertTrue(digest.matches("sha256:[0-9a-f]{64}"), digest);
            Model graph = store.graph(iris.article("a"));
            assertTrue(graph.contains(graph.createResource(iris.article("a")), AG.sourceDigest, digest),
                    "the digest is in the article's own graph");
            assertTrue(graph.contains(null, AG.statedBy), "and so is the rest of the graph");

            Recorder second = new Recorder();
            ConversionResult again = new Conversion(store, options, second).run(List.of(in.resolve("a.txt")));
            assertEquals(0, again.articles());
            assertEquals(1, again.skipped());
            assertTrue(again.ok());
            assertEquals(List.of("unchanged a", "finished"), second.events);
            assertTrue(again.timings().nlpModels().isEmpty(), "nothing to convert, so no models loaded");
        }
    }
}
