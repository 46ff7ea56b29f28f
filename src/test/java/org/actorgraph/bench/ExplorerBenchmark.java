package org.actorgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.server.ActorGraphServer;
import org.actorgraph.server.ServerOptions;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Chromium;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * How the explorer page fares on a large store: serves an existing store (e.g. the one StoreBenchmark left) with
 * serve's defaults (but a 5-minute timeout) and times each request the page makes, as the page makes it (same parameters and limits), then the
 * whole page in headless Chromium from navigation to the drawn network, when a Chromium is installed.
 *
 * <pre>ExplorerBenchmark --store DIR [--runs N] [--page-runs N]</pre>
 */
public final class ExplorerBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        Path storeDir = null;
        int runs = 10;
        int pageRuns = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> storeDir = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--page-runs" -> pageRuns = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (storeDir == null) throw new IllegalArgumentException("--store DIR is required");
        try (ActorStore store = ActorStore.open(storeDir)) {
            System.out.printf("explorer: store %s, %,d articles%n", storeDir, store.articleCount());
            // serve's defaults, except the timeout: a slow first request is timed rather than cut off. First with
            // answers not kept, to time the queries; then as serve runs, answers kept and the page's first ones
            // computed at start.
            System.setProperty("actorgraph.answerCache", "false");
            ActorGraphServer server = new ActorGraphServer(store.dataset(), PreparedQueries.load(), "127.0.0.1", 0,
                    ServerOptions.defaults().withQueryTimeout(Duration.ofMinutes(5))).start();
            try {
                requests(server, runs);
                page(server, pageRuns, "answers not kept");
            } finally {
                server.stop();
            }
            System.clearProperty("actorgraph.answerCache");
            server = new ActorGraphServer(store.dataset(), PreparedQueries.load(), "127.0.0.1", 0,
                    ServerOptions.defaults().withQueryTimeout(Duration.ofMinutes(5))).start();
            try {
                page(server, pageRuns, "as serve runs: answers kept, the first ones computed at start");
            } finally {
                server.stop();
            }
        }
    }

    private static void requests(ActorGraphServer server, int runs) throws Exception {
        Map<String, String> none = network("");
        JsonObject top = rows(fetch(server, "actor-network", none, 301)).get(0).getAsObject();
        String actor = value(top, "source");
        String name = value(top, "sourceName");
        String topic = value(rows(fetch(server, "topics", Map.of(), 0)).get(0).getAsObject(), "label");
        JsonArray timeline = rows(fetch(server, "actor-timeline", Map.of("entity", actor), 500));
        String item = value(timeline.get(0).getAsObject(), "item");
        System.out.printf("explorer: %d timed runs after 2 warm-ups; actor \"%s\" (the heaviest link's), topic \"%s\"%n",
                runs, name, topic);
        System.out.printf("%-44s %10s %10s %8s %10s%n", "request (as the page makes it)", "median ms", "p95 ms", "rows", "bytes");
        time(server, "topics", Map.of(), 0, "topics", runs);
        time(server, "actor-network", none, 301, "actor-network, no filter, limit=301", runs);
        time(server, "actor-network", network(topic), 301, "actor-network, topic, limit=301", runs);
        time(server, "stance-overview", Map.of("topic", "", "since", "", "until", "", "type", ""), 0,
                "stance-overview", runs);
        time(server, "actor-profile", Map.of("actor", name), 50, "actor-profile (click on the actor)", runs);
        time(server, "actor-timeline", Map.of("entity", actor), 500, "actor-timeline, limit=500", runs);
        Map<String, String> link = new LinkedHashMap<>(Map.of("source", actor, "target", value(top, "target"),
                "relation", value(top, "relation")));
        link.putAll(Map.of("topic", "", "stance", "", "since", "", "until", ""));
        time(server, "link-evidence", link, 50, "link-evidence, limit=50 (click on a link)", runs);
        time(server, "evidence-context", Map.of("item", item), 0, "evidence-context (click on a position)", runs);
    }

    private static Map<String, String> network(String topic) {
        return Map.of("topic", topic, "stance", "", "since", "", "until", "", "type", "", "minWeight", "1");
    }

    private static void time(ActorGraphServer server, String query, Map<String, String> params, int limit, String label,
                             int runs) throws Exception {
        List<Double> ms = new ArrayList<>();
        String body = "";
        for (int i = 0; i < runs + 2; i++) {
            long t = System.nanoTime();
            body = fetch(server, query, params, limit);
            if (i >= 2) ms.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf("%-44s %10.1f %10.1f %8d %10d%n", label, Stats.median(ms), Stats.percentile(ms, 95),
                rows(body).size(), body.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String fetch(ActorGraphServer server, String query, Map<String, String> params, int limit)
            throws Exception {
        StringBuilder url = new StringBuilder(server.preparedUrl()).append(query).append("?format=json");
        params.forEach((k, v) -> url.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        if (limit > 0) url.append("&limit=").append(limit);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(query + ": HTTP " + r.statusCode() + " " + r.body());
        return r.body();
    }

    private static JsonArray rows(String json) {
        return JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray();
    }

    private static String value(JsonObject row, String var) {
        return row.get(var).getAsObject().get("value").getAsString().value();
    }

    /** Navigation to the network drawn (its data fetched, laid out and painted), in a fresh page each time. */
    private static void page(ActorGraphServer server, int runs, String how) throws Exception {
        var binary = Chromium.find();
        if (binary.isEmpty()) {
            System.out.println("explorer: page load not measured (no Chromium)");
            return;
        }
        Path profile = Files.createTempDirectory("explorer-bench");
        List<Double> ms = new ArrayList<>();
        try (Chromium browser = Chromium.start(binary.get(), profile)) {
            browser.viewport(1440, 900);
            for (int i = 0; i < runs + 1; i++) {
                browser.open("about:blank");
                long t = System.nanoTime();
                browser.open(server.exploreUrl());
                if (!browser.waitFor("window.explorer && explorer.loads === 1", Duration.ofMinutes(2))) {
                    throw new IllegalStateException("the explorer did not load within 2 minutes");
                }
                if (i > 0) ms.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf("explorer: page load to the drawn network (%s), %d runs after one more: median %.0f ms, "
                    + "p95 %.0f ms (%s)%n", how, runs, Stats.median(ms), Stats.percentile(ms, 95),
                    browser.evalString("document.getElementById('status').textContent"));
        }
    }
}
