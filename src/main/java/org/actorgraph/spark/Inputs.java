package org.actorgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.actorgraph.article.Article;
import org.actorgraph.article.ArticleReader;
import org.actorgraph.pipeline.ArticleGraphs;
import org.actorgraph.pipeline.ConversionOptions;
import org.actorgraph.vocabulary.AG;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import scala.Tuple5;

/**
 * The articles of a run, each with what decides its fate before any NLP: its graph's IRI and digest, whether another
 * record of the run has the same IRI, and what the output already holds for that IRI.
 */
final class Inputs {
    /** Columns of {@link #articles}: the record as a JSON line, its file, and one of the statuses below. */
    static final String VALUE = "value";
    static final String FILE = "file";
    static final String STATUS = "status";
    static final String NEW = "new";
    static final String DUPLICATE = "duplicate";
    static final String CHANGED = "changed";
    static final String UNCHANGED = "unchanged";
    /** A record that is not an article (its reason is found again when it is converted). */
    static final String UNREADABLE = "unreadable";

    private static final Set<String> FIELDS = Set.of("id", "text", "title", "date", "url", "publisher");

    private Inputs() {}

    /**
     * Every record of the input with its status; {@code existing} is the output's (iri, digest) pairs, or null.
     * The options are made where used: they do not travel to executors, the job's plain values do.
     */
    static Dataset<Row> articles(SparkSession spark, JobOptions job, Dataset<Row> existing) {
        Dataset<Row> keyed = records(spark, job)
                .map((MapFunction<Row, Tuple5<String, String, Long, String, String>>) r -> key(r, job.conversion()),
                        Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.LONG(), Encoders.STRING(),
                                Encoders.STRING()))
                .toDF(VALUE, FILE, "line", "iri", "digest");
        // convert refuses a second article with the same graph name in one batch; so does the job, keeping the
        // first in file order, as convert does.
        Column rank = row_number().over(Window.partitionBy("iri").orderBy(FILE, "line"));
        keyed = keyed.withColumn("duplicate", col("iri").isNotNull().and(rank.gt(1)));
        Column stored = lit(null).cast("string");
        if (existing != null) {
            Dataset<Row> before = existing.dropDuplicates("stored_iri").select("stored_iri", "stored_digest");
            keyed = keyed.join(before, keyed.col("iri").equalTo(before.col("stored_iri")), "left");
            stored = col("stored_digest");
        }
        Column status = when(col("iri").isNull(), UNREADABLE)
                .when(col("duplicate"), DUPLICATE)
                .when(stored.equalTo(col("digest")), UNCHANGED)
                .when(stored.isNotNull(), CHANGED)
                .otherwise(NEW);
        return keyed.select(col(VALUE), col(FILE), status.as(STATUS));
    }

    /**
     * The input as rows of (JSON line, file, order in the file); Parquet rows are turned into the JSON lines convert
     * would read. Spark reads a file's splits in order, so the increasing id follows the lines.
     */
    private static Dataset<Row> records(SparkSession spark, JobOptions job) {
        if (!job.parquet()) {
            return spark.read().option("recursiveFileLookup", "true").text(job.input())
                    .filter(col(VALUE).rlike("\\S"))
                    .select(col(VALUE), input_file_name().as(FILE), monotonically_increasing_id().as("line"));
        }
        Dataset<Row> rows = spark.read().option("recursiveFileLookup", "true").parquet(job.input());
        List<Column> fields = new ArrayList<>();
        for (String name : rows.columns()) {
            if (!FIELDS.contains(name)) continue;
            // Dates and timestamps become their ISO text, which the JSON reader takes (its first ten characters).
            fields.add(name.equals("date") ? col(name).cast("string").as(name) : col(name));
        }
        for (String required : List.of("id", "text")) {
            if (!List.of(rows.columns()).contains(required)) {
                throw new IllegalArgumentException(job.input() + ": Parquet input has no \"" + required + "\" column");
            }
        }
        return rows.select(to_json(struct(fields.toArray(Column[]::new))).as(VALUE), input_file_name().as(FILE),
                monotonically_increasing_id().as("line"));
    }

    private static Tuple5<String, String, Long, String, String> key(Row r, ConversionOptions options) {
        String value = r.getString(0);
        String file = r.getString(1);
        long line = r.getLong(2);
        try {
            Article a = ArticleReader.jsonLine(value, file);
            return new Tuple5<>(value, file, line, options.iris().article(a.id()), ArticleGraphs.digest(a, options));
        } catch (IllegalArgumentException e) {
            return new Tuple5<>(value, file, line, null, null);
        }
    }

    /** The (stored_iri, stored_digest) of every graph under the output's N-Quads: each graph states its digest. */
    static Dataset<Row> stored(SparkSession spark, String nquadsDir) {
        String digestLine = "^<([^>]+)> <" + AG.sourceDigest.getURI() + "> \"([^\"]+)\" <([^>]+)> \\.$";
        return spark.read().text(nquadsDir)
                .filter(col(VALUE).contains(AG.sourceDigest.getURI()))
                .select(regexp_extract(col(VALUE), digestLine, 1).as("stored_iri"),
                        regexp_extract(col(VALUE), digestLine, 2).as("stored_digest"))
                .filter(col("stored_iri").notEqual(""));
    }
}
