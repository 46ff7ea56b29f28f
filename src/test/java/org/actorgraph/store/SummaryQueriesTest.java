package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.actorgraph.bench.SyntheticGraph;
import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.query.PreparedQueries;
import org.actorgraph.query.QueryRunner;
import org.actorgraph.query.ResultFormat;
import org.actorgraph.testing.SeedStore;
import org.actorgraph.testing.StoreAnswers;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-store queries read the summary graph; their answers must be those of the queries that read every article
 * graph (kept in src/test/resources/queries-before), on the seeds and on a synthetic store, after article writes,
 * replacements and removals as after a rebuild.
 */
class SummaryQueriesTest {
    static final List<String> SUMMARISED = List.of("actors", "stance-matrix", "topics", "events", "who-met-whom",
            "addressed-and-targeted");

    @TempDir
    Path tmp;

    @Test
    void onTheSeedsTheSummaryQueriesAnswerAsTheQueriesOverEveryArticle() {
        try (ActorStore store = ActorStore.open(SeedStore.get().store())) {
            assertSameAnswers(store.dataset(), 3);
        }
    }

    @Test
    void onASyntheticStoreWrittenArticleByArticleTheyAnswerAlikeAndTheSummaryEqualsARebuiltOne() throws Exception {
        Path nq = tmp.resolve("synthetic.nq");
        new SyntheticGraph(7).write(nq, 40_000);
        Dataset articles = DatasetFactory.create();
        RDFDataMgr.read(articles, nq.toString());
        List<String> names = new ArrayList<>();
        articles.listNames().forEachRemaining(names::add);
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
            for (String name : names) store.replaceArticle(name, articles.getNamedModel(name), "sha256:x");
            // Remove some articles and convert others again into smaller graphs (every other position and event left
            // out), and one into nothing: the summary must follow.
            for (int i = 0; i < 10; i++) store.removeArticle(names.get(i));
            for (int i = 10; i < 20; i++) store.replaceArticle(names.get(i), thinned(articles.getNamedModel(names.get(i))), null);
            store.replaceArticle(names.get(30), ModelFactory.createDefaultModel(), null);

            Model incremental = summary(store);
            store.refreshIndexes();
            assertTrue(incremental.isIsomorphicWith(summary(store)),
                    "the summary kept in step differs from one rebuilt: only kept: "
                            + incremental.difference(summary(store)).listStatements().toList() + ", only rebuilt: "
                            + summary(store).difference(incremental).listStatements().toList());
            assertSameAnswers(store.dataset(), 10);
        }
    }

    /** The graph without what it says about its odd-numbered positions and events. */
    private static Model thinned(Model graph) {
        Model m = ModelFactory.createDefaultModel();
        graph.listStatements().forEachRemaining(st -> {
            String s = st.getSubject().isURIResource() ? st.getSubject().getURI() : "";
            boolean odd = s.matches(".*/(position|event)/\\d*[13579]$");
            if (!odd) m.add(st);
        });
        return m;
    }

    private static Model summary(ActorStore store) {
        return store.graph(AG_SUMMARY);
    }

    private static final String AG_SUMMARY = org.actorgraph.vocabulary.AG.SUMMARY_GRAPH;

    /** Each summarised query answers as its predecessor, with at least {@code minRows} rows for most. */
    private static void assertSameAnswers(Dataset ds, int minRows) {
        QueryRunner now = new QueryRunner(PreparedQueries.load());
        QueryRunner before = new QueryRunner(PreparedQueries.fromDirectory(Path.of("src/test/resources/queries-before")));
        for (String name : SUMMARISED) {
            List<String> expected = answer(before, ds, name);
            assertEquals(expected, answer(now, ds, name), name);
            assertEquals(firstLine(before, ds, name), firstLine(now, ds, name), name + ": the same columns");
            if (!name.equals("who-met-whom")) assertTrue(expected.size() > minRows, name + " found too little to compare");
        }
    }

    private static List<String> answer(QueryRunner runner, Dataset ds, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(ds, name, Map.of(), ResultFormat.CSV, out);
        List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines()
                .map(StoreAnswers::sortedLists).toList());
        lines.subList(1, lines.size()).sort(null);
        return lines;
    }

    private static String firstLine(QueryRunner runner, Dataset ds, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(ds, name, Map.of(), ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }
}
