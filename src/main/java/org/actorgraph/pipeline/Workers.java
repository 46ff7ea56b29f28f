package org.actorgraph.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs article conversions: on the calling thread when there is one thread, else on a pool. At most two articles a
 * thread are in flight, so however long the batch, memory stays flat and the reader waits for the workers.
 */
final class Workers implements AutoCloseable {
    private final ExecutorService pool;
    private final Semaphore inFlight;

    Workers(int threads) {
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        this.inFlight = threads > 1 ? new Semaphore(2 * threads) : null;
    }

    void submit(Runnable task) {
        if (pool == null) {
            task.run();
            return;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                task.run();
            } finally {
                inFlight.release();
            }
        });
    }

    /** Waits for every article already handed out. */
    @Override
    public void close() {
        if (pool == null) return;
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // A long batch: keep waiting.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
