package org.actorgraph.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.actorgraph.vocabulary.AG;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scala.Tuple2;

/**
 * {@code convert} on Apache Spark: {@code spark-submit --class org.actorgraph.spark.SparkConversion actorgraph.jar
 * INPUT OUTPUT}. Reads articles from JSON Lines or Parquet, converts them in {@code mapPartitions} tasks with one NLP
 * pipeline per executor JVM, and appends to OUTPUT one N-Quads graph per article ({@code part=nquads}) and a JSON
 * line per article that failed ({@code part=rejects}). Articles whose graph OUTPUT already holds, from the same
 * input and options, are skipped. Load the graphs with {@code actorgraph load}.
 */
@Command(name = "SparkConversion", mixinStandardHelpOptions = true,
        description = "Converts articles on Spark into N-Quads part files, one named graph per article.")
public final class SparkConversion implements Callable<Integer> {
    /** What a run did; {@code converted} and {@code rejected} count this run only. */
    public record Report(long converted, long rejected, long skipped, long positions, long events, double seconds) {}

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A file, directory or glob of JSON Lines (or Parquet) files.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "Output directory; a rerun appends to it.")
    String output;

    @Option(names = "--format", paramLabel = "jsonl|parquet",
            description = "Input format (default: parquet when INPUT ends in .parquet, else jsonl).")
    String format;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Conversion tasks (default: three per core of the cluster).")
    int partitions;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = AG.DEFAULT_BASE, description = "As convert --base.")
    String base;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0", description = "As convert --min-confidence.")
    double minConfidence;

    @Option(names = "--no-link", negatable = false, description = "As convert --no-link.")
    boolean noLink;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkConversion()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        JobOptions job = options();
        SparkSession spark = SparkSession.builder().appName("ActorGraph conversion").getOrCreate();
        Report r;
        try {
            r = run(spark, job);
        } catch (Exception e) {
            // Scala throws AnalysisException unchecked; its message for a missing input names the path, and only its
            // first line is the user's business. Anything else is a fault, with its stack trace.
            if (!(e instanceof AnalysisException || e instanceof IllegalArgumentException)) throw e;
            spec.commandLine().getErr().println("error: " + e.getMessage().lines().findFirst().orElse(""));
            return 1;
        } finally {
            spark.stop();
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                "Converted %d article(s): %d positions, %d events; %d rejected (%s/part=rejects); "
                        + "%d skipped as already in %s; %.1f s%n",
                r.converted(), r.positions(), r.events(), r.rejected(), job.output(), r.skipped(), job.output(),
                r.seconds());
        return r.rejected() > 0 ? 1 : 0;
    }

    private JobOptions options() {
        boolean parquet;
        if (format == null) parquet = input.endsWith(".parquet");
        else if (format.equals("parquet") || format.equals("jsonl")) parquet = format.equals("parquet");
        else throw new CommandLine.ParameterException(spec.commandLine(), "--format must be jsonl or parquet, not " + format);
        if (partitions < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be 0 or more");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-confidence must be between 0 and 1");
        }
        return new JobOptions(input, output, parquet, partitions, base, minConfidence, !noLink);
    }

    /** Runs the job on {@code spark}; tests call this with a local session. */
    public static Report run(SparkSession spark, JobOptions job) {
        long start = System.nanoTime();
        String nquads = job.output() + "/part=" + Outputs.NQUADS;
        Dataset<Row> articles = Inputs.articles(spark, job, exists(spark, nquads) ? Inputs.stored(spark, nquads) : null);
        long skipped = articles.filter(col(Inputs.STATUS).equalTo(Inputs.UNCHANGED)).count();
        int n = job.partitions() > 0 ? job.partitions() : 3 * spark.sparkContext().defaultParallelism();
        var sc = spark.sparkContext();
        ConvertPartition.Counters counters = new ConvertPartition.Counters(sc.longAccumulator("converted"),
                sc.longAccumulator("rejected"), sc.longAccumulator("positions"), sc.longAccumulator("events"));
        // An explicit number of partitions: adaptive execution would otherwise pack the (small) texts into a few
        // tasks, and the NLP, not the bytes, is what costs.
        articles.filter(col(Inputs.STATUS).notEqual(Inputs.UNCHANGED))
                .repartition(n)
                .mapPartitions(new ConvertPartition(job, counters), Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
                .toDF("part", "value")
                .write().mode(SaveMode.Append).partitionBy("part").option("compression", "gzip")
                .text(job.output());
        return new Report(counters.converted().value(), counters.rejected().value(), skipped,
                counters.positions().value(), counters.events().value(), (System.nanoTime() - start) / 1e9);
    }

    private static boolean exists(SparkSession spark, String dir) {
        try {
            Path p = new Path(dir);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
