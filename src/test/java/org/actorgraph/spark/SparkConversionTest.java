package org.actorgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.actorgraph.cli.ActorGraphCommand;
import org.actorgraph.pipeline.Conversion;
import org.actorgraph.pipeline.ConversionListener;
import org.actorgraph.pipeline.ConversionOptions;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.StoreAnswers;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode (two worker threads, one JVM: the NLP models load once) on the seed articles and the
 * dev set's texts, against {@code convert} of the same JSON Lines file into a real store.
 */
class SparkConversionTest {
    static final String SEED_0 = AG.DEFAULT_BASE + "article/000-5cf0cc4e232c5d29";
    static final String SEED_4 = AG.DEFAULT_BASE + "article/004-306696d10a12b452";

    static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void graphsAreThoseConvertStoresRejectsAreNamedAndRerunsSkip() throws Exception {
        Path input = SeedLines.write(tmp.resolve("in/articles.jsonl"), true);
        Path output = tmp.resolve("out");
        JobOptions job = new JobOptions(input.toString(), output.toString(), false, 0, AG.DEFAULT_BASE, 0, false);

        SparkConversion.Report first = SparkConversion.run(spark, job);
        assertEquals(2, first.converted(), "seeds converted");
        assertEquals(3, first.rejected(), "bad records rejected: " + SparkOutput.rejects(output));
        Dataset graphs = SparkOutput.graphs(output);
        assertEquals(Set.of(SEED_0, SEED_4), names(graphs));

        Path converted = tmp.resolve("store");
        try (ActorStore store = ActorStore.open(converted)) {
            new Conversion(store, ConversionOptions.defaults().link(false), new ConversionListener() {})
                    .run(List.of(input));
            for (String iri : List.of(SEED_0, SEED_4)) {
                Model stored = store.graph(iri);
                Model spark = graphs.getNamedModel(iri);
                assertTrue(stored.isIsomorphicWith(spark),
                        iri + ": the Spark graph differs from the one convert stored;\nonly convert's: "
                                + stored.difference(spark).listStatements().toList()
                                + "\nonly Spark's: " + spark.difference(stored).listStatements().toList());
            }
        }

        // The part files loaded with `load` answer every prepared query as the store convert wrote.
        Path loaded = tmp.resolve("loaded");
        assertEquals(0, ActorGraphCommand.commandLine().execute("load", output.resolve("part=nquads").toString(),
                "--store", loaded.toString()));
        assertEquals(StoreAnswers.of(converted), StoreAnswers.of(loaded));

        List<String> reasons = new ArrayList<>();
        for (String line : SparkOutput.rejects(output)) {
            JsonObject o = org.apache.jena.atlas.json.JSON.parse(line);
            reasons.add(o.get("id") == null ? "?" + ": " + o.getString("reason")
                    : o.getString("id") + ": " + o.getString("reason"));
            assertTrue(o.getString("file").endsWith("articles.jsonl"), line);
        }
        reasons.sort(null);
        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("000_5cf0cc4e232c5d29: duplicate article id"), reasons.toString());
        assertTrue(reasons.get(1).startsWith("?: malformed JSON line"), reasons.toString());
        assertTrue(reasons.get(2).startsWith("markup: looks like HTML"), reasons.toString());

        int partFiles = SparkOutput.parts(output.resolve("part=nquads")).size();
        SparkConversion.Report again = SparkConversion.run(spark, job);
        assertEquals(0, again.converted(), "nothing converted again");
        assertEquals(2, again.skipped(), "both seeds skipped by their digest");
        assertEquals(partFiles, SparkOutput.parts(output.resolve("part=nquads")).size(), "no new graph files");
        assertEquals(graphs.asDatasetGraph().stream().count(),
                SparkOutput.graphs(output).asDatasetGraph().stream().count(), "the same quads");
    }

    @Test
    void parquetWithTheSameFieldsGivesTheSameGraphs() throws Exception {
        Path jsonl = SeedLines.write(tmp.resolve("seeds.jsonl"), false);
        Path parquet = tmp.resolve("seeds.parquet");
        spark.read().json(jsonl.toString()).write().parquet(parquet.toString());
        Path fromJsonl = tmp.resolve("from-jsonl");
        Path fromParquet = tmp.resolve("from-parquet");
        SparkConversion.run(spark, new JobOptions(jsonl.toString(), fromJsonl.toString(), false, 2, AG.DEFAULT_BASE, 0, false));
        SparkConversion.Report r = SparkConversion.run(spark,
                new JobOptions(parquet.toString(), fromParquet.toString(), true, 2, AG.DEFAULT_BASE, 0, false));
        assertEquals(2, r.converted());
        Dataset a = SparkOutput.graphs(fromJsonl);
        Dataset b = SparkOutput.graphs(fromParquet);
        for (String iri : List.of(SEED_0, SEED_4)) {
            assertTrue(a.getNamedModel(iri).isIsomorphicWith(b.getNamedModel(iri)), iri);
        }
    }

    /**
     * The 40 articles of the evaluation's dev set (read in place from {@code ../shared/eval/gold/dev}, or
     * {@code -Dactorgraph.shared=DIR}), each graph the Spark job writes against the one {@code convert} stores.
     */
    @Test
    void devTextsGiveTheGraphsConvertStores() throws Exception {
        Path dev = Path.of(System.getProperty("actorgraph.shared", "../shared"), "eval", "gold", "dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "no dev texts at " + dev + "; the comparison on them is skipped");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dev)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                JsonObject o = new JsonObject();
                o.put("id", f.getFileName().toString().replace(".txt", ""));
                o.put("text", Files.readString(f));
                lines.add(org.apache.jena.atlas.json.JSON.toStringFlat(o));
            }
        }
        Path input = tmp.resolve("dev/articles.jsonl");
        Files.createDirectories(input.getParent());
        Files.writeString(input, String.join("\n", lines) + "\n");
        Path output = tmp.resolve("dev-out");
        SparkConversion.Report report = SparkConversion.run(spark,
                new JobOptions(input.toString(), output.toString(), false, 0, AG.DEFAULT_BASE, 0, false));
        assertEquals(lines.size(), report.converted(), "every dev text converted");
        Dataset graphs = SparkOutput.graphs(output);
        try (ActorStore store = ActorStore.open(tmp.resolve("dev-store"))) {
            new Conversion(store, ConversionOptions.defaults().link(false), new ConversionListener() {})
                    .run(List.of(input));
            Set<String> articles = names(graphs);
            assertEquals(lines.size(), articles.size(), "one graph an article");
            for (String iri : articles) {
                Model stored = store.graph(iri);
                Model spark = graphs.getNamedModel(iri);
                assertTrue(stored.isIsomorphicWith(spark), iri + ": the Spark graph differs from the one convert stored;\nonly convert's: "
                        + stored.difference(spark).listStatements().toList()
                        + "\nonly Spark's: " + spark.difference(stored).listStatements().toList());
            }
        }
    }

    static Set<String> names(Dataset ds) {
        Set<String> names = new TreeSet<>();
        ds.listNames().forEachRemaining(names::add);
        return names;
    }
}
