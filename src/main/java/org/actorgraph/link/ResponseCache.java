package org.actorgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.actorgraph.nlp.CacheFiles;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Endpoint answers kept on disk, keyed by endpoint and query text, so that running {@code link} again sends
 * nothing for what was already asked, answers that found no candidate included. The file is JSON:
 * <pre>
 * {"format": "actorgraph-link-cache/1",
 *  "entries": [{"endpoint": "...", "query": "...", "fetched": "2025-02-18T10:00:00Z", "results": "..."}]}
 * </pre>
 * where {@code results} holds the SPARQL JSON results text as received. Delete the file to ask afresh.
 */
public final class ResponseCache {
    static final String FORMAT = "actorgraph-link-cache/1";

    private final Path file;
    private final Map<String, JsonObject> entries = new LinkedHashMap<>();
    private boolean changed;

    private ResponseCache(Path file) {
        this.file = file;
    }

    /** The cache in {@code file}, empty when the file does not exist yet. */
    public static ResponseCache open(Path file) {
        ResponseCache cache = new ResponseCache(file);
        if (Files.exists(file)) {
            cache.read();
        }
        return cache;
    }

    public Path file() {
        return file;
    }

    public int size() {
        return entries.size();
    }

    public Optional<String> get(String endpoint, String query) {
        JsonObject e = entries.get(key(endpoint, query));
        return e == null ? Optional.empty() : Optional.of(e.get("results").getAsString().value());
    }

    public void put(String endpoint, String query, String results) {
        JsonObject e = new JsonObject();
        e.put("endpoint", endpoint);
        e.put("query", query);
        e.put("fetched", Instant.now().toString());
        e.put("results", results);
        entries.put(key(endpoint, query), e);
        changed = true;
    }

    /** Writes the file when something was added, replacing it in one step so a crash never leaves half a cache. */
    public void save() {
        if (!changed) {
            return;
        }
        JsonObject root = new JsonObject();
        root.put("format", FORMAT);
        JsonArray list = new JsonArray();
        list.addAll(entries.values());
        root.put("entries", list);
        try {
            CacheFiles.writeAtomically(file, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    JSON.write(out, root);
                }
            });
            changed = false;
        } catch (IOException e) {
            throw new LinkException("Cannot write link cache " + file + ": " + e.getMessage(), e);
        }
    }

    private void read() {
        JsonObject root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.parse(in);
        } catch (IOException | JsonException e) {
            throw new LinkException("Cannot read link cache " + file + ": " + e.getMessage()
                    + " (delete the file to start a fresh cache)", e);
        }
        JsonValue format = root.get("format");
        JsonValue list = root.get("entries");
        if (format == null || !format.isString() || !FORMAT.equals(format.getAsString().value())
                || list == null || !list.isArray()) {
            throw new LinkException("File " + file + " is not an ActorGraph link cache (expected \"format\": \""
                    + FORMAT + "\"); use another --cache file");
        }
        for (JsonValue v : list.getAsArray()) {
            if (v.isObject() && isString(v, "endpoint") && isString(v, "query") && isString(v, "results")) {
                JsonObject e = v.getAsObject();
                entries.put(key(e.get("endpoint").getAsString().value(), e.get("query").getAsString().value()), e);
            }
        }
    }

    private static boolean isString(JsonValue v, String field) {
        JsonValue f = v.getAsObject().get(field);
        return f != null && f.isString();
    }

    private static String key(String endpoint, String query) {
        return endpoint + "\n" + query;
    }
}
