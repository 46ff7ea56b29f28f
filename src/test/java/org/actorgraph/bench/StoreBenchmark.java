package org.actorgraph.bench;

import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.query.PreparedQueries;
import org.actorgraph.query.PreparedQuery;
import org.actorgraph.server.ActorGraphServer;
import org.actorgraph.server.ServerOptions;
import org.actorgraph.store.ActorStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Store and query figures: generates a synthetic graph as N-Quads, bulk-loads it into a fresh TDB2 store with
 * Jena's TDB2 loader, reports load rate and size on disk, then serves the store on a loopback port and times every
 * prepared query over HTTP.
 *
 * <pre>StoreBenchmark [--triples N] [--dir DIR] [--loader phased|parallel|sequential] [--warmup N] [--runs N] [--seed N] [--reuse]
 *     [--before DIR] [--only NAME,NAME] [--all-rows]</pre>
 *
 * With {@code --all-rows}, a paged listing (a query with a {@code # page} header) is also timed with {@code limit=all}:
 * every row up to the server's cap, rather than the first page. With {@code --all-runs}, slow queries get all their
 * timed runs too.
 *
 * With {@code --reuse}, a store left by an earlier run of the same size and seed is queried again without reloading.
 */
public final class StoreBenchmark {
    private static boolean allRows;
    private static boolean allRuns;

    public static void main(String[] args) throws Exception {
        long triples = 1_000_000;
        Path dir = Path.of("target/bench");
        String loaderName = "phased";
        int warmup = 3;
        int runs = 20;
        long seed = 42;
        boolean reuse = false;
        Path before = null;
        java.util.Set<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--triples" -> triples = Long.parseLong(args[++i].replace("_", ""));
                case "--dir" -> dir = Path.of(args[++i]);
                case "--loader" -> loaderName = args[++i];
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--reuse" -> reuse = true;
                case "--before" -> before = Path.of(args[++i]);
                case "--only" -> only = java.util.Set.of(args[++i].split(","));
                case "--all-rows" -> allRows = true;
                case "--all-runs" -> allRuns = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(dir);
        Path data = dir.resolve("synthetic-" + triples + ".nq");
        Path storeDir = dir.resolve("store-" + triples);
        reuse = reuse && Files.isDirectory(storeDir);
        if (!reuse) deleteTree(storeDir);

        long t0 = System.nanoTime();
        SyntheticGraph.Summary s = new SyntheticGraph(seed).write(data, triples);
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("store: generated %,d quads in %,d article graphs (%,d actors) in %.1f s, %,d bytes of N-Quads%n",
                s.quads(), s.articles(), s.actors(), genSeconds, Files.size(data));

        if (!reuse) load(data, storeDir, loaderName);

        long opening = System.nanoTime();
        try (ActorStore store = ActorStore.open(storeDir)) {
            // A bulk-loaded store has no names graph yet: the first open builds it.
            System.out.printf("store: opened as an ActorGraph store in %.1f s"
                    + " (the first open of a bulk-loaded store builds the names and summary graphs)%n", (System.nanoTime() - opening) / 1e9);
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
            // serve's defaults, except the timeout: a query that runs past 30 s is timed rather than cut off.
            ServerOptions options = ServerOptions.defaults().withQueryTimeout(java.time.Duration.ofMinutes(10));
            ActorGraphServer server = new ActorGraphServer(store.dataset(), PreparedQueries.load(), "127.0.0.1", 0, options).start();
            try {
                queries(server, PreparedQueries.load(), "", only, s, warmup, runs);
            } finally {
                server.stop();
            }
            if (before != null) {
                // Earlier texts of some queries, timed on the same store in the same run, for a before/after table.
                PreparedQueries old = PreparedQueries.fromDirectory(before);
                ActorGraphServer oldServer = new ActorGraphServer(store.dataset(), old, "127.0.0.1", 0, options).start();
                try {
                    queries(oldServer, old, " [before]", only, s, warmup, runs);
                } finally {
                    oldServer.stop();
                }
            }
        }
        Files.deleteIfExists(data);
    }

    private static void load(Path data, Path storeDir, String loaderName) throws Exception {
        DatasetGraph dsg = TDB2Factory.connectDataset(storeDir.toString()).asDatasetGraph();
        DataLoader loader = switch (loaderName) {
            case "parallel" -> LoaderFactory.parallelLoader(dsg, (fmt, a) -> {});
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, (fmt, a) -> {});
            case "phased" -> LoaderFactory.phasedLoader(dsg, (fmt, a) -> {});
            default -> throw new IllegalArgumentException("unknown loader " + loaderName);
        };
        long t1 = System.nanoTime();
        loader.startBulk();
        try {
            loader.load(data.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double loadSeconds = (System.nanoTime() - t1) / 1e9;
        long loaded = Txn.calculateRead(dsg, () -> dsg.stream().count());
        System.out.printf("store: bulk load (%s loader) %,d quads in %.1f s = %,.0f triples/s%n",
                loaderName, loaded, loadSeconds, loaded / loadSeconds);
        dsg.close();
        TDBInternal.expel(dsg);
        System.out.printf("store: TDB2 size on disk %.1f MB (%.0f bytes a triple)%n",
                Stats.directorySize(storeDir) / 1e6, (double) Stats.directorySize(storeDir) / loaded);
    }

    private static void queries(ActorGraphServer server, PreparedQueries catalogue, String suffix, java.util.Set<String> only,
                                SyntheticGraph.Summary s, int warmup, int runs) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("actor", s.topActorSurname());
        values.put("topic", s.topicLabel());
        values.put("position", s.positionIri());
        System.out.printf("queries: %d warm-up and %d timed runs each over HTTP; actor=\"%s\" (surname of the most frequent actor:"
                        + " the worst case), topic=\"%s\", position=<%s>; rows marked [typical] ask for actor=\"%s\""
                        + " (the full name of the actor of median popularity)%n",
                warmup, runs, s.topActorSurname(), s.topicLabel(), s.positionIri(), s.typicalActorLabel());
        System.out.printf("%-34s %10s %10s %10s %8s%n", "query", "median ms", "p95 ms", "max ms", "rows");
        for (PreparedQuery q : catalogue.all()) {
            if (only != null && !only.contains(q.name())) continue;
            if (q.text().contains("SERVICE")) {
                System.out.printf("%-34s %s%n", q.name(), "not timed: calls Wikidata through SERVICE (network)");
                continue;
            }
            time(http, server, q, q.name() + suffix, values, warmup, runs, "");
            if (allRows && q.page() > 0) time(http, server, q, q.name() + " [limit=all]" + suffix, values, warmup, runs, "&limit=all");
            if (q.parameters().stream().anyMatch(p -> p.name().equals("actor"))) {
                Map<String, String> typical = new LinkedHashMap<>(values);
                typical.put("actor", s.typicalActorLabel());
                time(http, server, q, q.name() + " [typical]" + suffix, typical, warmup, runs, "");
            }
        }
    }

    private static void time(HttpClient http, ActorGraphServer server, PreparedQuery q, String label, Map<String, String> values,
                             int warmup, int runs, String extra) throws Exception {
        StringBuilder url = new StringBuilder(server.preparedUrl()).append(q.name()).append("?format=json").append(extra);
        for (PreparedQuery.Parameter p : q.parameters()) {
            url.append('&').append(p.name()).append('=')
                    .append(URLEncoder.encode(values.getOrDefault(p.name(), ""), StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString())).GET().build();
        List<Double> ms = new ArrayList<>();
        int rows = -1;
        String total = "";
        String failure = null;
        for (int i = 0; i < warmup + runs && failure == null; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                failure = "HTTP " + r.statusCode() + ": " + r.body().strip();
                break;
            }
            if (i >= warmup) ms.add(elapsed);
            rows = rowCount(r.body());
            total = r.headers().firstValue("X-ActorGraph-Total-Rows").map(n -> " of " + n).orElse("");
            // A query that takes seconds is not repeated twenty times: five timed runs say enough, and one warm-up
            // and three timed runs for one that takes over half a minute.
            if (allRuns) continue;
            if (i < warmup && elapsed > 30_000) i = warmup - 1;
            if (i >= warmup && elapsed > 30_000 && ms.size() >= 3) break;
            if (i >= warmup && elapsed > 5000 && ms.size() >= 5) break;
        }
        if (failure != null) {
            System.out.printf("%-34s failed: %s%n", label, failure);
        } else {
            System.out.printf("%-34s %10.1f %10.1f %10.1f %8d%s%n", label, Stats.median(ms), Stats.percentile(ms, 95),
                    Stats.percentile(ms, 100), rows, total);
        }
    }

    private static int rowCount(String json) {
        var result = org.apache.jena.atlas.json.JSON.parse(json);
        return result.get("results").getAsObject().get("bindings").getAsArray().size();
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
