package org.actorgraph.bench;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import org.actorgraph.article.Article;
import org.actorgraph.model.ArticleExtraction;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.extract.EntityLinker;
import org.actorgraph.graph.ArticleGraphMapper;
import org.actorgraph.graph.Iris;
import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.nlp.NlpPipeline;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Conversion figures: NLP model load time, then steady-state articles/s and tokens/s for what {@code convert} does
 * to each article (NLP, extraction, RDF mapping, SHACL check; the store write is measured by {@link StoreBenchmark}),
 * with one thread and with several threads sharing one pipeline, each thread with its own extractor.
 *
 * <pre>ConversionBenchmark [--threads N] [--seed-copies N] [--synthetic N] [--sentences N] [--re3d DIR] [--link]</pre>
 */
public final class ConversionBenchmark {
    private record Item(Article article, int tokens) {}

    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        int seedCopies = 10;
        int synthetic = 10;
        int sentences = 60;
        Path seeds = Path.of("seeds");
        Path re3d = null;
        boolean link = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seed-copies" -> seedCopies = Integer.parseInt(args[++i]);
                case "--synthetic" -> synthetic = Integer.parseInt(args[++i]);
                case "--sentences" -> sentences = Integer.parseInt(args[++i]);
                case "--seeds" -> seeds = Path.of(args[++i]);
                case "--re3d" -> re3d = Path.of(args[++i]);
                case "--link" -> link = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (Stats.HeapSampler heap = new Stats.HeapSampler()) {
            long t = System.nanoTime();
            NlpPipeline nlp = NlpPipeline.get();
            double load = (System.nanoTime() - t) / 1e9;
            System.gc();
            long afterLoad = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("conversion: NLP model load %.1f s; heap after load and GC %.0f MB%n", load, afterLoad / 1e6);
            EntityLinker linker = null;
            if (link) {
                t = System.nanoTime();
                linker = EntityLinker.offline();
                System.out.printf("conversion: DBpedia link index opened in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }

            List<Article> seedArticles = readSeeds(seeds);
            List<Item> fixed = new ArrayList<>();
            for (int c = 0; c < seedCopies; c++) {
                for (Article a : seedArticles) {
                    fixed.add(item(new Article(a.id() + "-copy" + c, a.text(), a.title(), a.date(), a.url(), a.publisher(), a.origin())));
                }
            }
            List<Item> longOnes = new ArrayList<>();
            for (Article a : new SyntheticArticles(7).generate(synthetic, sentences)) longOnes.add(item(a));
            fixed.addAll(longOnes);
            System.out.printf("conversion: fixed corpus %d articles (%d seeds x %d, %d synthetic of %d sentences), %,d tokens; linking %s%n",
                    fixed.size(), seedArticles.size(), seedCopies, synthetic, sentences,
                    fixed.stream().mapToInt(Item::tokens).sum(), link ? "on" : "off");

            // Warm-up: every seed once and one synthetic article, so the timed passes see compiled code.
            List<Item> warm = new ArrayList<>();
            for (Article a : seedArticles) warm.add(item(a));
            if (!longOnes.isEmpty()) warm.add(longOnes.get(0));
            run(nlp, linker, warm, 1, null);

            // Seed-sized articles alone: the figure the speed target is set on.
            report("seeds", nlp, linker, fixed.subList(0, seedArticles.size() * seedCopies), threads);
            report("fixed", nlp, linker, fixed, threads);
            if (re3d != null) {
                List<Item> docs = readRe3d(re3d);
                System.out.printf("conversion: re3d corpus %d documents, %,d tokens%n", docs.size(),
                        docs.stream().mapToInt(Item::tokens).sum());
                report("re3d", nlp, linker, docs, threads);
            }
            System.out.printf("conversion: peak heap used (sampled every 20 ms) %.0f MB of max %.0f MB%n",
                    heap.peakBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
        System.exit(0);
    }

    private static void report(String corpus, NlpPipeline nlp, EntityLinker linker, List<Item> items, int threads) throws Exception {
        long tokens = items.stream().mapToLong(Item::tokens).sum();
        List<Double> perArticle = new ArrayList<>();
        double one = run(nlp, linker, items, 1, perArticle);
        System.out.printf("conversion[%s] 1 thread:  %.2f articles/s, %,.0f tokens/s (%.1f s wall; per article median %.0f ms, p95 %.0f ms)%n",
                corpus, items.size() / one, tokens / one, one, Stats.median(perArticle), Stats.percentile(perArticle, 95));
        if (threads > 1) {
            double many = run(nlp, linker, items, threads, null);
            System.out.printf("conversion[%s] %d threads: %.2f articles/s, %,.0f tokens/s (%.1f s wall; %.2fx one thread)%n",
                    corpus, threads, items.size() / many, tokens / many, many, one / many);
        }
    }

    /** Converts every item, on {@code threads} threads; returns wall seconds. */
    private static double run(NlpPipeline nlp, EntityLinker linker, List<Item> items, int threads, List<Double> perArticle) throws Exception {
        Shapes shapes = OntologyFiles.shapes();
        ThreadLocal<ArticleExtractor> extractors = ThreadLocal.withInitial(() -> new ArticleExtractor(nlp, linker));
        ThreadLocal<ArticleGraphMapper> mappers = ThreadLocal.withInitial(() -> new ArticleGraphMapper(new Iris()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Double>> done = new ArrayList<>();
            for (Item item : items) {
                done.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    ArticleExtraction x = extractors.get().extract(item.article());
                    Model graph = mappers.get().map(x);
                    if (!ShaclValidator.get().validate(shapes, graph.getGraph()).conforms()) {
                        System.err.println("warning: graph of " + item.article().id() + " does not conform to the shapes");
                    }
                    return (System.nanoTime() - t) / 1e6;
                }));
            }
            for (Future<Double> f : done) {
                double ms = f.get();
                if (perArticle != null) perArticle.add(ms);
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Item item(Article a) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(a.text()), new CoreLabelTokenFactory(), "");
        return new Item(a, tokenizer.tokenize().size());
    }

    private static List<Article> readSeeds(Path dir) throws Exception {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                out.add(Article.ofText(name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("no .txt articles in " + dir);
        return out;
    }

    /** The re3d documents, read in place from each source's documents.json (one JSON object a line). */
    private static List<Item> readRe3d(Path dir) throws Exception {
        List<Item> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().equals("documents.json")).sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    JsonObject o = JSON.parse(line);
                    String title = o.hasKey("title") ? o.get("title").getAsString().value() : null;
                    out.add(item(new Article("re3d-" + o.get("_id").getAsString().value(), o.get("text").getAsString().value(),
                            title, null, null, null, p + "")));
                }
            }
        }
        return out;
    }
}
