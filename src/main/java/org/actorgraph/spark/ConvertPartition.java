package org.actorgraph.spark;

import java.util.Iterator;

import org.actorgraph.article.Article;
import org.actorgraph.article.ArticleReader;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.pipeline.ArticleGraphs;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Converts one partition's articles, one at a time as the writer asks for them, into (part, text) rows: an N-Quads
 * block per article, or a reject line. The models come from the executor's holder; the extractor is this task's own.
 */
final class ConvertPartition implements MapPartitionsFunction<Row, Tuple2<String, String>> {
    /** What the driver reports at the end; counted by tasks that succeed. */
    record Counters(LongAccumulator converted, LongAccumulator rejected, LongAccumulator positions,
                    LongAccumulator events) implements java.io.Serializable {}

    private final JobOptions job;
    private final Counters counters;

    ConvertPartition(JobOptions job, Counters counters) {
        this.job = job;
        this.counters = counters;
    }

    @Override
    public Iterator<Tuple2<String, String>> call(Iterator<Row> rows) {
        return new Iterator<>() {
            private ArticleGraphs graphs;
            private ArticleExtractor extractor;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Tuple2<String, String> next() {
                Row r = rows.next();
                return convert(r.getString(0), r.getString(1), r.getString(2));
            }

            private Tuple2<String, String> convert(String value, String file, String status) {
                Article a;
                try {
                    a = ArticleReader.jsonLine(value, file);
                } catch (IllegalArgumentException e) {
                    return reject(idOf(value), file, e.getMessage());
                }
                if (status.equals(Inputs.DUPLICATE)) {
                    return reject(a.id(), file, "duplicate article id \"" + a.id() + "\" in this run (or another id"
                            + " with the same IRI); skipped");
                }
                if (status.equals(Inputs.CHANGED)) {
                    return reject(a.id(), file, "changed since its graph was written to " + job.output()
                            + "; convert changed articles into a new output");
                }
                if (graphs == null) {
                    graphs = new ArticleGraphs(job.conversion());
                    extractor = ExecutorModels.get(job.link()).newExtractor();
                }
                ArticleGraphs.Outcome outcome = graphs.convert(a, extractor);
                if (outcome instanceof ArticleGraphs.Rejected why) return reject(a.id(), file, why.reason());
                ArticleGraphs.Graph g = (ArticleGraphs.Graph) outcome;
                counters.converted().add(1);
                counters.positions().add(g.positions());
                counters.events().add(g.events());
                return new Tuple2<>(Outputs.NQUADS, Outputs.nquads(g.iri(), g.graph()));
            }

            /** The id of a refused record when it has one, so that the reject names the article. */
            private static String idOf(String value) {
                try {
                    JsonValue id = JSON.parseAny(value).getAsObject().get("id");
                    return id != null && id.isString() ? id.getAsString().value() : null;
                } catch (RuntimeException e) {
                    return null;
                }
            }

            private Tuple2<String, String> reject(String id, String file, String reason) {
                counters.rejected().add(1);
                return new Tuple2<>(Outputs.REJECTS, Outputs.reject(id, file, reason));
            }
        };
    }
}
