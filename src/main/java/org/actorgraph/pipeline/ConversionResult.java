package org.actorgraph.pipeline;

import java.time.Duration;
import java.util.Optional;

/**
 * What a conversion run did.
 *
 * @param articles  articles converted and stored
 * @param skipped   articles skipped because their stored graph was made from the same input
 * @param positions positions in the stored articles
 * @param events    events in the stored articles
 * @param actors    distinct actors in the stored articles
 * @param problems  inputs that could not be converted (each was reported as it happened)
 * @param timings   how long the run and its model loading took
 */
public record ConversionResult(int articles, int skipped, int positions, int events, int actors, int problems,
                               Timings timings) {
    /**
     * @param total     the whole run, compaction excluded
     * @param nlpModels loading the NLP models; empty when nothing needed converting, so they were never loaded
     * @param linkIndex opening the DBpedia title index; empty when the models were not loaded or linking was off
     */
    public record Timings(Duration total, Optional<Duration> nlpModels, Optional<Duration> linkIndex) {}

    /** True when every input was converted or skipped as unchanged, and there was at least one. */
    public boolean ok() {
        return problems == 0 && !foundNothing();
    }

    /** True when the paths held no article at all, nor any file that looked like one: most likely a wrong path. */
    public boolean foundNothing() {
        return articles == 0 && skipped == 0 && problems == 0;
    }
}
