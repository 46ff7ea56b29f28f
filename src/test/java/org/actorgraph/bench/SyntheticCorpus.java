package org.actorgraph.bench;

import org.actorgraph.article.Article;
import org.apache.jena.atlas.json.JsonObject;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a JSON Lines corpus of synthetic news articles for {@code convert}, so a long run (the memory soak of
 * {@code bench/run --soak N}) goes through the real command: reading, NLP, extraction, SHACL check and store writes.
 *
 * <pre>SyntheticCorpus --articles N [--sentences N] [--seed N] --out FILE.jsonl</pre>
 */
public final class SyntheticCorpus {
    public static void main(String[] args) throws Exception {
        int articles = 10_000;
        int sentences = 20;
        long seed = 11;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i].replace("_", ""));
                case "--sentences" -> sentences = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) throw new IllegalArgumentException("--out FILE.jsonl is required");
        long bytes = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Article a : new SyntheticArticles(seed).generate(articles, sentences)) {
                JsonObject o = new JsonObject();
                o.put("id", a.id());
                o.put("title", a.title());
                o.put("date", a.date().toString());
                o.put("publisher", a.publisher());
                o.put("text", a.text());
                String line = o.toString().replace('\n', ' ');
                w.write(line);
                w.newLine();
                bytes += line.length() + 1;
            }
        }
        System.out.printf("wrote %,d articles of %d sentences (%,d characters) to %s%n", articles, sentences, bytes, out);
    }
}
