package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.actorgraph.server.ServerFile;
import org.actorgraph.testing.ChildJvm;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.testing.LockHolder;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes: {@code serve} with its defaults listens on 127.0.0.1 only and holds the store. Commands that only
 * read ({@code query}, {@code sparql}, {@code export}) go through its endpoint instead; commands that write, and a
 * second {@code serve}, fail with one clear line naming the store and the server, exit code 1 and no stack trace.
 */
class StoreLockProcessTest {
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path tmp;

    @Test
    void readsGoThroughARunningServerAndWritesGetOneClearLine() throws Exception {
        Path store = tmp.resolve("store");
        Fixtures.smallStore(store).close();
        Map<String, String> served = new HashMap<>();
        Path article = Files.writeString(tmp.resolve("a.txt"), "Mark Rutte said the alliance was united.");

        try (ChildJvm serve = ChildJvm.start("1g", "serve", "--store", store.toString(), "--port", "0")) {
            String endpoint = null;
            for (String line; endpoint == null && (line = serve.nextOutLine(60)) != null; ) {
                if (line.startsWith("SPARQL endpoint: ")) {
                    endpoint = line.substring("SPARQL endpoint: ".length()).strip();
                }
            }
            assertNotNull(endpoint, "serve did not start; stderr:\n" + serve.err());
            assertTrue(endpoint.startsWith("http://127.0.0.1:"), "default bind address: " + endpoint);
            HttpResponse<String> ask = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(endpoint + "?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ask.statusCode());
            assertTrue(Files.readString(store.resolve(ServerFile.NAME)).contains(endpoint), "serve notes its endpoint");

            // In this JVM: TDB2's lock is per process, so the store here is as locked as for any other process.
            String through = "is held by a running 'actorgraph serve'";
            CliRun query = CliRun.of("query", "positions-of", "--param", "actor=Lavrov", "--store", store.toString(),
                    "--format", "csv");
            assertEquals(0, query.exit(), query.err());
            assertTrue(query.out().contains("the talks were useful"), query.out());
            assertEquals(1, query.err().lines().count(), query.err());
            assertTrue(query.err().contains(through) && query.err().contains(endpoint.replace("/sparql", "")), query.err());

            CliRun sparql = CliRun.of("sparql", "--store", store.toString(), "--format", "csv", GRAPHS);
            assertEquals(0, sparql.exit(), sparql.err());
            served.put("sparql", sparql.out());
            served.put("query", query.out());

            CliRun export = CliRun.of("export", "--store", store.toString(), "--format", "nquads", "--out",
                    tmp.resolve("served.nq").toString());
            assertEquals(0, export.exit(), export.err());

            for (List<String> command : List.of(
                    List.of("convert", article.toString(), "--store", store.toString()),
                    List.of("serve", "--store", store.toString(), "--port", "0"))) {
                try (ChildJvm second = ChildJvm.start("1g", command.toArray(String[]::new))) {
                    int exit = second.waitFor(120);
                    List<String> lines = second.err().lines().filter(l -> !l.isBlank()).toList();
                    String what = command.get(0) + " answered:\n" + second.err();
                    assertEquals(1, exit, what);
                    assertEquals(1, lines.size(), what);
                    assertTrue(lines.get(0).startsWith("actorgraph " + command.get(0) + ": Store "), what);
                    assertTrue(lines.get(0).contains("is in use by another process"), what);
                    assertTrue(lines.get(0).contains(store.toAbsolutePath().toString()), what);
                    assertTrue(lines.get(0).endsWith("It is served at " + endpoint + "."), what);
                    assertFalse(second.err().contains("Exception"), what);
                    assertTrue(second.out().isBlank(), command.get(0) + " wrote to stdout: " + second.out());
                    System.out.println(command.get(0) + " on a served store: " + lines.get(0));
                }
            }
            serve.terminate(60);
        }
        assertFalse(Files.exists(store.resolve(ServerFile.NAME)), "serve removes its note when it stops");

        // The same commands on the store itself: the server changed nothing in the answers.
        assertEquals(served.get("query"), CliRun.of("query", "positions-of", "--param", "actor=Lavrov", "--store",
                store.toString(), "--format", "csv").out());
        CliRun graphs = CliRun.of("sparql", "--store", store.toString(), "--format", "csv", GRAPHS);
        assertEquals("", graphs.err());
        assertEquals(graphs.out(), served.get("sparql"));
        assertTrue(Integer.parseInt(graphs.out().strip().lines().skip(1).findFirst().orElseThrow()) >= 3, graphs.out());
        Path local = tmp.resolve("local.nq");
        assertEquals(0, CliRun.of("export", "--store", store.toString(), "--format", "nquads", "--out",
                local.toString()).exit());
        Dataset servedQuads = RDFDataMgr.loadDataset(tmp.resolve("served.nq").toString(), Lang.NQUADS);
        Dataset localQuads = RDFDataMgr.loadDataset(local.toString(), Lang.NQUADS);
        assertEquals(Fixtures.quadCount(localQuads), Fixtures.quadCount(servedQuads), "every quad, through the server");
        for (String g : Fixtures.graphNames(localQuads)) {
            assertTrue(localQuads.getNamedModel(g).isIsomorphicWith(servedQuads.getNamedModel(g)), g);
        }
    }

    @Test
    void aNoteLeftByADeadServerIsIgnored() throws Exception {
        Path store = tmp.resolve("store");
        Fixtures.smallStore(store).close();
        // A killed server's note: its port answers nothing now.
        int deadPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        Files.writeString(store.resolve(ServerFile.NAME), "{\"sparql\": \"http://127.0.0.1:" + deadPort
                + "/actorgraph/sparql\", \"dataset\": \"http://127.0.0.1:" + deadPort + "/actorgraph\", \"pid\": "
                + ProcessHandle.current().pid() + "}");

        CliRun unlocked = CliRun.of("query", "articles", "--store", store.toString(), "--format", "csv");
        assertEquals(0, unlocked.exit(), unlocked.err());
        assertEquals("", unlocked.err(), "the store itself answered");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), store.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            CliRun locked = CliRun.of("query", "articles", "--store", store.toString());
            assertEquals(1, locked.exit(), locked.err());
            List<String> lines = locked.err().lines().toList();
            assertEquals(1, lines.size(), locked.err());
            assertTrue(lines.get(0).contains("is in use by another process"), locked.err());
            assertFalse(lines.get(0).contains("served at"), locked.err());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) holder.destroyForcibly();
        }
    }
}
