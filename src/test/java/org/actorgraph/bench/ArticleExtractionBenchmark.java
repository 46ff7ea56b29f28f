package org.actorgraph.bench;

import org.actorgraph.article.HtmlPage;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores ActorGraph's main-text extraction on the article extraction benchmark (a folder with {@code html/*.html.gz}
 * and {@code ground-truth.json}), with the benchmark's own metric: texts cut into word tokens, then into shingles of
 * four tokens; per page, true and false positives and false negatives over shingles, normalised by their sum;
 * precision and recall are means over pages and F1 is computed from the two means. Also writes
 * {@code output/actorgraph.json} for the upstream scorer, and times the HTML step (decode, parse, extract).
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" org.actorgraph.bench.ArticleExtractionBenchmark
 *     ../shared/corpora/article-extraction [--out DIR] [--runs N] [--worst N]</pre>
 */
public final class ArticleExtractionBenchmark {
    private static final java.util.Set<String> REFUSALS_SHOWN = new java.util.HashSet<>();
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ArticleExtractionBenchmark CORPUS_DIR [--out DIR] [--runs N] [--worst N]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path out = Path.of("target/bench/article-extraction");
        int runs = 3;
        int worst = 0;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--worst" -> worst = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        JsonObject truth = JSON.read(corpus.resolve("ground-truth.json").toString());
        Map<String, byte[]> pages = new TreeMap<>();
        long htmlBytes = 0;
        for (String key : truth.keys()) {
            byte[] html = gunzip(corpus.resolve("html").resolve(key + ".html.gz"));
            pages.put(key, html);
            htmlBytes += html.length;
        }
        // Warm-up, then timed runs; the fastest run is reported, as the others include JIT and GC noise.
        Map<String, String> extracted = extractAll(pages, truth);
        long bestNanos = Long.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            extractAll(pages, truth);
            bestNanos = Math.min(bestNanos, System.nanoTime() - t);
        }
        double[] sums = new double[2];
        int[] counts = new int[2];
        List<Object[]> perPage = new ArrayList<>();
        for (String key : pages.keySet()) {
            String expected = truth.get(key).getAsObject().get("articleBody").getAsString().value();
            double[] tpFpFn = shingleMatch(expected, extracted.get(key));
            double tp = tpFpFn[0];
            double fp = tpFpFn[1];
            double fn = tpFpFn[2];
            if (tp + fp > 0) {
                sums[0] += precision(tp, fp, fn);
                counts[0]++;
            }
            if (tp + fn > 0) {
                sums[1] += recall(tp, fp, fn);
                counts[1]++;
            }
            perPage.add(new Object[] {key, precision(tp, fp, fn), recall(tp, fp, fn)});
        }
        double p = sums[0] / counts[0];
        double rcl = sums[1] / counts[1];
        double f1 = 2 * p * rcl / (p + rcl);
        writeOutput(out, extracted);
        double seconds = bestNanos / 1e9;
        System.out.printf(Locale.ROOT, "article-extraction: %d pages  F1 %.3f  precision %.3f  recall %.3f%n",
                pages.size(), f1, p, rcl);
        System.out.printf(Locale.ROOT, "HTML step: %.1f pages/s, %.1f MB/s of HTML (1 thread, best of %d runs; %.1f MB of HTML)%n",
                pages.size() / seconds, htmlBytes / 1e6 / seconds, runs, htmlBytes / 1e6);
        System.out.println("scorer output: " + out.resolve("output/actorgraph.json"));
        perPage.sort((a, b) -> Double.compare(f1((double) a[1], (double) a[2]), f1((double) b[1], (double) b[2])));
        for (int i = 0; i < Math.min(worst, perPage.size()); i++) {
            Object[] w = perPage.get(i);
            System.out.printf(Locale.ROOT, "  %s  P %.2f  R %.2f%n", w[0], w[1], w[2]);
        }
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, String> extractAll(Map<String, byte[]> pages, JsonObject truth) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            String url = truth.get(page.getKey()).getAsObject().get("url").getAsString().value();
            String text;
            try {
                text = HtmlPage.mainText(page.getValue(), url);
            } catch (IllegalArgumentException e) {
                if (REFUSALS_SHOWN.add(page.getKey())) System.out.println("refused " + page.getKey() + ": " + e.getMessage());
                text = "";
            }
            out.put(page.getKey(), text);
        }
        return out;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static void writeOutput(Path dir, Map<String, String> extracted) throws IOException {
        Path file = dir.resolve("output/actorgraph.json");
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n");
            int i = 0;
            for (Map.Entry<String, String> e : new TreeMap<>(extracted).entrySet()) {
                w.write("  " + quote(e.getKey()) + ": {\"articleBody\": " + quote(e.getValue()) + "}");
                w.write(++i < extracted.size() ? ",\n" : "\n");
            }
            w.write("}\n");
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    static double[] shingleMatch(String expected, String actual) {
        Map<String, Integer> truth = shingles(expected);
        Map<String, Integer> pred = shingles(actual);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Map<String, Integer> union = new HashMap<>(truth);
        pred.forEach((k, v) -> union.putIfAbsent(k, 0));
        for (String key : union.keySet()) {
            int t = truth.getOrDefault(key, 0);
            int p = pred.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0};
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) tokens.add(m.group());
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!shingle.isEmpty()) out.merge(String.join("\u0001", shingle), 1, Integer::sum);
        }
        return out;
    }

    private static double precision(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fp == 0) return 0;
        return tp / (tp + fp);
    }

    private static double recall(double tp, double fp, double fn) {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fn == 0) return 0;
        return tp / (tp + fn);
    }
}
