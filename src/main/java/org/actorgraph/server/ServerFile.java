package org.actorgraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The note a running {@code serve} leaves in its store folder: where its endpoint is. TDB2 lets one process at a
 * time open a store, so other commands on a served store read this to send their work through the server instead.
 * A note left behind by a killed server is ignored: its process is gone, or its endpoint does not answer.
 *
 * @param sparqlUrl  the SPARQL query endpoint
 * @param datasetUrl the dataset, whose Graph Store reads return every graph
 * @param pid        the serving process
 */
public record ServerFile(String sparqlUrl, String datasetUrl, long pid) {
    public static final String NAME = "server.json";
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    /** Notes {@code server}, which serves the store in {@code storeDir}, in that folder. */
    public static void write(Path storeDir, ActorGraphServer server) throws IOException {
        JsonObject json = new JsonObject();
        json.put("sparql", server.sparqlUrl());
        json.put("dataset", server.datasetUrl());
        json.put("pid", ProcessHandle.current().pid());
        Path tmp = storeDir.resolve(NAME + ".tmp");
        Files.writeString(tmp, json.toString() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, storeDir.resolve(NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the note; a missing one is fine. */
    public static void remove(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(NAME));
        } catch (IOException e) {
            // A stale note is ignored by readers; nothing more to do.
        }
    }

    /** The server noted in {@code storeDir}, if its process is alive and its endpoint answers a query. */
    public static Optional<ServerFile> live(Path storeDir) {
        return read(storeDir).filter(f -> ProcessHandle.of(f.pid()).map(ProcessHandle::isAlive).orElse(false))
                .filter(ServerFile::answers);
    }

    static Optional<ServerFile> read(Path storeDir) {
        Path file = storeDir.resolve(NAME);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonObject json = JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
            JsonValue pid = json.get("pid");
            return Optional.of(new ServerFile(json.getString("sparql"), json.getString("dataset"),
                    pid != null && pid.isNumber() ? pid.getAsNumber().value().longValue() : -1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // Half-written or damaged: as good as none.
        }
    }

    private boolean answers() {
        if (sparqlUrl == null || datasetUrl == null) return false;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
            HttpRequest ask = HttpRequest.newBuilder(URI.create(sparqlUrl + "?query="
                            + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(ANSWER_WITHIN).build();
            return client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
