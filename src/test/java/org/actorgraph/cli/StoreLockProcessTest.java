package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.actorgraph.testing.ChildJvm;
import org.actorgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes: {@code serve} with its defaults listens on 127.0.0.1 only and holds the store; a second process on
 * the same store, whichever command, fails with one clear line and exit code 1, and no stack trace.
 */
class StoreLockProcessTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondProcessOnAServedStoreGetsOneClearLine() throws Exception {
        Path store = tmp.resolve("store");
        Fixtures.smallStore(store).close();
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

            for (List<String> command : List.of(
                    List.of("convert", article.toString(), "--store", store.toString()),
                    List.of("serve", "--store", store.toString(), "--port", "0"),
                    List.of("export", "--store", store.toString(), "--format", "nquads"),
                    List.of("query", "articles", "--store", store.toString()))) {
                try (ChildJvm second = ChildJvm.start("1g", command.toArray(String[]::new))) {
                    int exit = second.waitFor(120);
                    List<String> lines = second.err().lines().filter(l -> !l.isBlank()).toList();
                    String what = command.get(0) + " answered:\n" + second.err();
                    assertEquals(1, exit, what);
                    assertEquals(1, lines.size(), what);
                    assertTrue(lines.get(0).startsWith("actorgraph " + command.get(0) + ": Store "), what);
                    assertTrue(lines.get(0).contains("is in use by another process"), what);
                    assertTrue(lines.get(0).contains(store.toAbsolutePath().toString()), what);
                    assertFalse(second.err().contains("Exception"), what);
                    assertTrue(second.out().isBlank(), command.get(0) + " wrote to stdout: " + second.out());
                    System.out.println(command.get(0) + " on a served store: " + lines.get(0));
                }
            }
        }
    }
}
