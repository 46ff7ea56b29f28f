package org.actorgraph.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes plain-text articles as one JSON Lines file (id and text), the input both {@code convert} and the Spark job
 * read, so the two are timed on the same articles ({@code bench/run --parts spark}). The seeds are repeated under
 * distinct ids, since a second record with one id is rejected, not converted; other texts are read where they are.
 *
 * <pre>ArticleLines [--seed-copies N] [--texts DIR]... --out FILE.jsonl</pre>
 */
public final class ArticleLines {
    public static void main(String[] args) throws Exception {
        int seedCopies = 10;
        List<Path> textDirs = new ArrayList<>();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed-copies" -> seedCopies = Integer.parseInt(args[++i]);
                case "--texts" -> textDirs.add(Path.of(args[++i]));
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) throw new IllegalArgumentException("--out FILE.jsonl is required");
        int articles = 0;
        long words = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path seed : texts(Path.of("seeds"))) {
                for (int copy = 1; copy <= seedCopies; copy++) {
                    words += line(w, id(seed) + "-" + copy, seed);
                    articles++;
                }
            }
            for (Path dir : textDirs) {
                for (Path text : texts(dir)) {
                    words += line(w, id(text), text);
                    articles++;
                }
            }
        }
        System.out.printf("wrote %d articles (%,d words) to %s%n", articles, words, out);
    }

    private static List<Path> texts(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + " is not a directory");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String id(Path text) {
        String name = text.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }

    private static long line(BufferedWriter w, String id, Path text) throws Exception {
        String body = Files.readString(text);
        JsonObject o = new JsonObject();
        o.put("id", id);
        o.put("text", body);
        w.write(JSON.toStringFlat(o));
        w.newLine();
        return body.split("\\s+").length;
    }
}
