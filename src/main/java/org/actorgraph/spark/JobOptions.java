package org.actorgraph.spark;

import java.io.Serializable;

import org.actorgraph.graph.Iris;
import org.actorgraph.pipeline.ConversionOptions;

/**
 * What the Spark job was asked to do. Serializable (it travels to the executors with the tasks), so it holds plain
 * values and makes {@code convert}'s options where they are used.
 *
 * @param input         a file, directory or glob of JSON Lines or Parquet files
 * @param output        the output directory: N-Quads under {@code part=nquads}, rejects under {@code part=rejects}
 * @param parquet       whether the input is Parquet (else JSON Lines)
 * @param partitions    how many tasks convert the articles; 0 for three per core of the cluster
 * @param base          base of the IRIs minted, as {@code convert --base}
 * @param minConfidence as {@code convert --min-confidence}
 * @param link          DBpedia links, as {@code convert} without {@code --no-link}
 */
public record JobOptions(String input, String output, boolean parquet, int partitions, String base,
                         double minConfidence, boolean link) implements Serializable {
    /** The options {@code convert} would run with; the digest depends on them, so reruns need the same. */
    ConversionOptions conversion() {
        return ConversionOptions.defaults().iris(new Iris(base)).minConfidence(minConfidence).link(link);
    }
}
