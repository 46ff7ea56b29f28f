package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.actorgraph.bench.SyntheticGraph;
import org.actorgraph.server.ActorGraphServer;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
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
 * replacements and removals as after a rebuild. The summary kept in step (counts and the listings' precomputed rows)
 * must equal one rebuilt from the articles, also after an actor's name changed; and a listing paged over HTTP must
 * give its whole answer, in order.
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
            // Every term of the summary graph is described in ontology/summary.ttl.
            Model vocabulary = RDFDataMgr.loadModel("ontology/summary.ttl");
            java.util.Set<String> undescribed = new java.util.TreeSet<>();
            store.graph(AG_SUMMARY).listStatements().forEachRemaining(st -> {
                String p = st.getPredicate().getURI();
                if (p.startsWith("https://w3id.org/actorgraph/summary") && !vocabulary.contains(st.getPredicate(), RDFS.comment)) {
                    undescribed.add(p);
                }
            });
            assertEquals(java.util.Set.of(), undescribed, "summary terms without an rdfs:comment in ontology/summary.ttl");
        }
    }

    @Test
    void onASyntheticStoreWrittenArticleByArticleTheyAnswerAlikeAndTheSummaryEqualsARebuiltOne() throws Exception {
        Dataset articles = synthetic(7, 40_000);
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

    @Test
    void rowsKeptForSeveralWritesEqualRebuiltOnesAndAStoreLeftWithThemBehindRebuildsThemWhenOpened() throws Exception {
        Dataset articles = synthetic(11, 20_000);
        List<String> names = new ArrayList<>();
        articles.listNames().forEachRemaining(names::add);
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
            store.keepRowsForSeveralWrites(true);
            for (String name : names) store.replaceArticle(name, articles.getNamedModel(name), null);
            for (int i = 0; i < 5; i++) store.replaceArticle(names.get(i), thinned(articles.getNamedModel(names.get(i))), null);
            assertTrue(store.dataset().calculateRead(() -> SummaryIndex.rowsBehind(store.dataset().asDatasetGraph())),
                    "the summary is marked while its rows are behind");
            // A process stopped now leaves the store as it is on disk: a copy of it stands for that store.
            copyTree(tmp.resolve("store"), tmp.resolve("stopped"));
            store.updateRows();
            assertFalse(store.dataset().calculateRead(() -> SummaryIndex.rowsBehind(store.dataset().asDatasetGraph())));
            assertKeptEqualsRebuilt(store);
            assertSameAnswers(store.dataset(), 10);
        }
        Files.deleteIfExists(tmp.resolve("stopped").resolve("tdb.lock"));
        try (ActorStore stopped = ActorStore.open(tmp.resolve("stopped"))) {
            assertFalse(stopped.dataset().calculateRead(() -> SummaryIndex.rowsBehind(stopped.dataset().asDatasetGraph())),
                    "opening the store brought its rows up to date");
            assertKeptEqualsRebuilt(stopped);
        }
    }

    /** Synthetic article graphs of about {@code triples} triples, with the converter's layout. */
    private Dataset synthetic(long seed, long triples) throws java.io.IOException {
        Path nq = tmp.resolve("synthetic.nq");
        new SyntheticGraph(seed).write(nq, triples);
        Dataset articles = DatasetFactory.create();
        RDFDataMgr.read(articles, nq.toString());
        return articles;
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    @Test
    void anActorRenamedArticleByArticleIsRenamedInEveryRowAndTheRowsEqualRebuiltOnes() throws Exception {
        Path nq = tmp.resolve("synthetic.nq");
        new SyntheticGraph(11).write(nq, 30_000);
        Dataset articles = DatasetFactory.create();
        RDFDataMgr.read(articles, nq.toString());
        List<String> names = new ArrayList<>();
        articles.listNames().forEachRemaining(names::add);
        // An actor stating positions in at least two articles, at least one of them a meeting's participant there.
        Map<Resource, List<String>> seen = new java.util.LinkedHashMap<>();
        for (String name : names) {
            articles.getNamedModel(name).listObjectsOfProperty(AG.statedBy).forEachRemaining(o ->
                    seen.computeIfAbsent(o.asResource(), k -> new ArrayList<>()).add(name));
        }
        Resource actor = seen.entrySet().stream().filter(e -> e.getValue().stream().distinct().count() >= 2)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        String renamed = "Zz Renamed " + actor.getLocalName();
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
            for (String name : names) store.replaceArticle(name, articles.getNamedModel(name), null);
            int rewritten = 0;
            for (String name : names) {
                Model graph = articles.getNamedModel(name);
                if (!graph.contains(actor, RDFS.label)) continue;
                Model copy = ModelFactory.createDefaultModel().add(graph);
                copy.removeAll(actor, RDFS.label, null);
                copy.add(actor, RDFS.label, renamed);
                store.replaceArticle(name, copy, null);
                if (++rewritten == 1) assertKeptEqualsRebuilt(store);
            }
            assertTrue(rewritten >= 2, "the actor is named in " + rewritten + " article(s)");
            assertKeptEqualsRebuilt(store);
            assertSameAnswers(store.dataset(), 3);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(PreparedQueries.load()).run(store.dataset(), "stance-matrix", Map.of(), ResultFormat.CSV, out);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains(renamed), "the new name is in the stance matrix");
        }
    }

    @Test
    void aListingPagedOverHttpGivesTheWholeAnswerInOrderAndItsNumberOfRows() throws Exception {
        Path nq = tmp.resolve("synthetic.nq");
        new SyntheticGraph(5).write(nq, 20_000);
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            Dataset articles = DatasetFactory.create();
            RDFDataMgr.read(articles, nq.toString());
            articles.listNames().forEachRemaining(n -> store.replaceArticle(n, articles.getNamedModel(n), null));
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
            ActorGraphServer server = new ActorGraphServer(store.dataset(), "127.0.0.1", 0).start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                for (String name : List.of("actors", "stance-matrix", "events", "who-met-whom", "addressed-and-targeted")) {
                    String url = server.preparedUrl() + name + "?format=csv";
                    HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create(url + "&limit=all")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    List<String> whole = all.body().lines().toList();
                    ByteArrayOutputStream cli = new ByteArrayOutputStream();
                    new QueryRunner(PreparedQueries.load()).run(store.dataset(), name, Map.of(), ResultFormat.CSV, cli);
                    assertEquals(cli.toString(StandardCharsets.UTF_8).lines().toList(), whole, name + ": limit=all is the whole answer");
                    assertTrue(whole.size() > 15, name + " has too few rows to page: " + whole.size());
                    assertEquals(String.valueOf(whole.size() - 1), all.headers().firstValue("X-ActorGraph-Total-Rows").orElse(""), name);
                    List<String> paged = new ArrayList<>(whole.subList(0, 1));
                    for (int offset = 0; ; offset += 7) {
                        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                                URI.create(url + "&limit=7&offset=" + offset)).build(), HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, page.statusCode(), page.body());
                        List<String> lines = page.body().lines().toList();
                        paged.addAll(lines.subList(1, lines.size()));
                        if (lines.size() - 1 < 7) break;
                    }
                    assertEquals(whole, paged, name + ": the pages, one after another, are the whole answer in order");
                    HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(whole.subList(0, Math.min(whole.size(), 1001)), first.body().lines().toList(),
                            name + ": without a limit, the first page of 1,000 rows");
                }
            } finally {
                server.stop();
            }
        }
    }

    private static void assertKeptEqualsRebuilt(ActorStore store) {
        Model incremental = summary(store);
        store.refreshIndexes();
        Model rebuilt = summary(store);
        assertTrue(incremental.isIsomorphicWith(rebuilt), "the summary kept in step differs from one rebuilt: only kept: "
                + incremental.difference(rebuilt).listStatements().toList() + ", only rebuilt: "
                + rebuilt.difference(incremental).listStatements().toList());
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
