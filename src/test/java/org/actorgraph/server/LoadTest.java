package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent clients run prepared queries over loopback while new articles are written into the served store in
 * the same JVM (a TDB2 store belongs to one process). No request may fail and every answer must be a consistent
 * snapshot: each article it shows is complete. The latency percentiles are printed.
 *
 * <p>The suite runs 2,000 queries; the long version is {@code mvn test -Dtest=LoadTest -Dactorgraph.load.queries=5000}
 * (or more).
 */
class LoadTest {
    private static final int CLIENTS = 16;
    private static final int QUERIES = Integer.getInteger("actorgraph.load.queries", 2_000);

    @TempDir
    Path tmp;

    @Test
    void concurrentPreparedQueriesDuringWritesAllSucceedWithConsistentResults() throws Exception {
        try (ActorStore store = Fixtures.smallStore(tmp.resolve("store"))) {
            ActorGraphServer server = new ActorGraphServer(store.dataset(), PreparedQueries.load(), "127.0.0.1", 0,
                    ServerOptions.defaults()).start();
            Model template = store.graph(Fixtures.ARTICLE_0);
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (!done.get()) {
                    int n = written.get();
                    String iri = AG.DEFAULT_BASE + "article/load-" + n;
                    store.replaceArticle(iri, renamed(template, Fixtures.ARTICLE_0, iri, "load-" + n));
                    written.incrementAndGet();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "article-writer");

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<String> urls = List.of(
                    server.preparedUrl() + "articles?format=json",
                    server.preparedUrl() + "positions-of?format=json&actor=" + URLEncoder.encode("Lavrov", StandardCharsets.UTF_8),
                    server.preparedUrl() + "who-met-whom?format=json",
                    server.preparedUrl() + "actors?format=json");
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            long[] latencies = new long[QUERIES];
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            long start = System.nanoTime();
            writer.start();
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    running.add(clients.submit(() -> {
                        for (int i; (i = next.getAndIncrement()) < QUERIES; ) {
                            String url = urls.get(i % urls.size());
                            long t = System.nanoTime();
                            try {
                                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(url))
                                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                                latencies[i] = System.nanoTime() - t;
                                String problem = resp.statusCode() != 200 ? "HTTP " + resp.statusCode() + ": " + resp.body()
                                        : check(i % urls.size(), JSON.parse(resp.body()));
                                if (problem != null) {
                                    failures.add(url + " -> " + problem);
                                }
                            } catch (Exception e) {
                                latencies[i] = System.nanoTime() - t;
                                failures.add(url + " -> " + e);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                done.set(true);
                writer.join();
                clients.shutdownNow();
                server.stop();
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "Load test: %d prepared queries from %d clients in %.1f s (%.0f/s) while %d articles "
                            + "were written; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d failed%n",
                    QUERIES, CLIENTS, seconds, QUERIES / seconds, written.get(), ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), failures.size());
            assertTrue(failures.isEmpty(), failures.size() + " failed, e.g. " + failures.stream().limit(5).toList());
            assertTrue(written.get() > 0, "articles were written during the run");
            assertEquals(2 + written.get(), store.articleCount());
        }
    }

    /** Why an answer is not a consistent snapshot of complete articles, or null when it is. */
    private static String check(int query, JsonObject results) {
        JsonArray rows = results.get("results").getAsObject().get("bindings").getAsArray();
        List<String> problems = new ArrayList<>();
        switch (query) {
            case 0 -> {
                // Every copy of article 000 shows all it has: two actors, one position, one event.
                if (rows.size() < 2) problems.add("only " + rows.size() + " articles");
                for (var row : rows) {
                    JsonObject r = row.getAsObject();
                    String id = value(r, "articleId");
                    if (id.startsWith("load-") && !(value(r, "actors").equals("2") && value(r, "positions").equals("1")
                            && value(r, "events").equals("1"))) {
                        problems.add("incomplete article " + r);
                    }
                }
            }
            case 1 -> {
                for (var row : rows) {
                    JsonObject r = row.getAsObject();
                    if (!value(r, "text").equals("the talks were useful") || !value(r, "speaker").equals("Sergey Lavrov")) {
                        problems.add("unexpected row " + r);
                    }
                }
                if (rows.isEmpty()) problems.add("no rows");
            }
            case 2 -> {
                for (var row : rows) {
                    JsonObject r = row.getAsObject();
                    if (!value(r, "place").equals("Riyadh")) problems.add("unexpected row " + r);
                }
                if (rows.isEmpty()) problems.add("no rows");
            }
            default -> {
                if (rows.size() < 3) problems.add("only " + rows.size() + " actors");
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static String value(JsonObject row, String var) {
        return row.hasKey(var) ? row.get(var).getAsObject().get("value").getAsString().value() : "";
    }

    /** {@code graph} with every IRI under {@code from} moved under {@code to}, and {@code id} as its identifier. */
    private static Model renamed(Model graph, String from, String to, String id) {
        Model out = ModelFactory.createDefaultModel();
        for (Statement st : graph.listStatements().toList()) {
            Resource s = (Resource) move(out, st.getSubject(), from, to);
            RDFNode o = st.getPredicate().equals(DCTerms.identifier) ? out.createLiteral(id) : move(out, st.getObject(), from, to);
            out.add(s, st.getPredicate(), o);
        }
        return out;
    }

    private static RDFNode move(Model m, RDFNode n, String from, String to) {
        return n.isURIResource() && n.asResource().getURI().startsWith(from)
                ? m.createResource(to + n.asResource().getURI().substring(from.length())) : n;
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
