package org.actorgraph.spark;

import org.actorgraph.pipeline.ExtractionModels;

/**
 * The NLP models of this executor JVM, loaded by the first task that needs them (10–15 s, 1.1 GB) and shared by every
 * task after it, concurrent ones included: CoreNLP's pipeline is thread-safe, extractors are made per task.
 */
final class ExecutorModels {
    private static ExtractionModels models;
    private static boolean linked;

    private ExecutorModels() {}

    static synchronized ExtractionModels get(boolean link) {
        if (models == null || linked != link) {
            models = ExtractionModels.load(link);
            linked = link;
        }
        return models;
    }
}
