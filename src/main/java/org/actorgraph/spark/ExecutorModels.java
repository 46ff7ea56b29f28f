package org.actorgraph.spark;

import org.actorgraph.pipeline.ExtractionModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NLP models of this executor JVM, loaded by the first task that needs them (10–15 s, 1.1 GB) and shared by every
 * task after it, concurrent ones included: CoreNLP's pipeline is thread-safe, extractors are made per task.
 */
final class ExecutorModels {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorModels.class);
    private static ExtractionModels models;
    private static boolean linked;

    private ExecutorModels() {}

    static synchronized ExtractionModels get(boolean link) {
        if (models == null || linked != link) {
            models = ExtractionModels.load(link);
            linked = link;
            // In the executor's log, so that the cost per executor can be read off a cluster run (bench/README.md).
            LOG.info(String.format(java.util.Locale.ROOT, "NLP models loaded in %.1f s%s",
                    models.nlpLoad().toMillis() / 1000.0,
                    models.linkLoad().map(d -> String.format(java.util.Locale.ROOT, ", link index %.1f s",
                            d.toMillis() / 1000.0)).orElse("")));
        }
        return models;
    }
}
