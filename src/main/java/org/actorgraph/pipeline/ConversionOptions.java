package org.actorgraph.pipeline;

import org.actorgraph.graph.Iris;

/**
 * How a conversion run behaves.
 *
 * @param iris             mints the IRIs of articles and entities (its base goes into the source digest)
 * @param minConfidence    positions and events whose rules are less sure than this (0–1) are left out
 * @param link             whether entities get DBpedia links; the title index is only opened when used
 * @param threads          how many articles are extracted at once
 * @param compactMinGrowth a run compacts the store when it grew by more than this many bytes …
 * @param compactMinRatio  … and by more than this many times its size before the run
 */
public record ConversionOptions(Iris iris, double minConfidence, boolean link, int threads,
                                long compactMinGrowth, double compactMinRatio) {
    public ConversionOptions {
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("--min-confidence must be between 0 and 1");
        }
    }

    /** The default IRI base, every position kept, linking on, one thread; compaction past 256 MB and doubling. */
    public static ConversionOptions defaults() {
        return new ConversionOptions(new Iris(), 0, true, 1, 256L << 20, 1.0);
    }

    public ConversionOptions iris(Iris iris) {
        return new ConversionOptions(iris, minConfidence, link, threads, compactMinGrowth, compactMinRatio);
    }

    public ConversionOptions minConfidence(double min) {
        return new ConversionOptions(iris, min, link, threads, compactMinGrowth, compactMinRatio);
    }

    public ConversionOptions link(boolean on) {
        return new ConversionOptions(iris, minConfidence, on, threads, compactMinGrowth, compactMinRatio);
    }

    public ConversionOptions threads(int n) {
        return new ConversionOptions(iris, minConfidence, link, n, compactMinGrowth, compactMinRatio);
    }

    public ConversionOptions compactWhenGrown(long minBytes, double ratio) {
        return new ConversionOptions(iris, minConfidence, link, threads, minBytes, ratio);
    }
}
