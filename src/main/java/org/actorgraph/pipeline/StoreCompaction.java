package org.actorgraph.pipeline;

import java.time.Duration;

import org.actorgraph.store.ActorStore;

/**
 * TDB2 never overwrites: every write transaction appends fresh copies of the index blocks it touches, so one
 * transaction per article leaves about 5 MB of dead blocks an article (10,000 articles: 56 GB on disk for 1.4 GB of
 * data). When a run has grown the store past both thresholds (by default: more than doubled, and by over 256 MB) it
 * ends by compacting it, copying the live data into a new generation and deleting the old. Small runs on a large
 * store do not pay for copying it.
 */
final class StoreCompaction {
    private final ActorStore store;
    private final ConversionOptions options;
    private final long bytesBefore;

    /** Notes the store's size before the run. */
    StoreCompaction(ActorStore store, ConversionOptions options) {
        this.store = store;
        this.options = options;
        this.bytesBefore = store.diskBytes();
    }

    /** Compacts the store if the run stored something and grew it enough; tells the listener when it did. */
    void afterRun(int articlesStored, ConversionListener listener) {
        long bytesAfter = store.diskBytes();
        long grown = bytesAfter - bytesBefore;
        if (articlesStored == 0
                || grown <= Math.max(options.compactMinGrowth(), options.compactMinRatio() * bytesBefore)) {
            return;
        }
        long t = System.nanoTime();
        store.compact();
        listener.compacted(bytesAfter, store.diskBytes(), Duration.ofNanos(System.nanoTime() - t));
    }
}
