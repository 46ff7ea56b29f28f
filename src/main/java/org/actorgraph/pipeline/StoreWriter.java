package org.actorgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.actorgraph.store.ActorStore;

/**
 * Writes converted articles to the store on a thread of its own, several to a write transaction, so that the NLP
 * threads never wait for the disk and a run pays one commit (a sync to disk, and fresh copies of the index blocks it
 * touched: about 5 MB) per batch instead of per article.
 *
 * <p>A batch is what arrived within {@link #MAX_WAIT_NANOS} of its first article, at most {@link #MAX_BATCH}
 * articles: enough to share commits when articles come faster than they are written, and short enough that a killed
 * run loses only a second's work (its articles are absent, and the rerun converts them). When a batch's transaction
 * fails, nothing of it was written, and each of its articles is written again alone, so one bad article leaves the
 * others stored. Reports queued between articles are told after the articles before them are stored, so that the
 * listener hears things in the order they happened.
 */
final class StoreWriter implements AutoCloseable {
    static final int MAX_BATCH = 16;
    static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** An article ready to be stored, and what to do once it is, or when it cannot be. */
    record Pending(ActorStore.ArticleWrite write, Runnable onStored, Consumer<RuntimeException> onFailed) {}

    private record Report(Runnable action) {}

    private static final Object END = new Object();

    private final ActorStore store;
    private final int maxBatch;
    private final long maxWaitNanos;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile Throwable failure;

    StoreWriter(ActorStore store) {
        this(store, MAX_BATCH, MAX_WAIT_NANOS);
    }

    StoreWriter(ActorStore store, int maxBatch, long maxWaitNanos) {
        this.store = store;
        this.maxBatch = maxBatch;
        this.maxWaitNanos = maxWaitNanos;
        // Bounded, so that a slow disk holds back the NLP threads instead of filling the heap with graphs.
        this.queue = new ArrayBlockingQueue<>(4 * maxBatch);
        store.keepRowsForSeveralWrites(true);
        this.thread = new Thread(this::loop, "store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues an article; blocks while the queue is full. */
    void write(Pending pending) {
        put(pending);
    }

    /** Queues something to tell once everything queued before it has been dealt with. */
    void report(Runnable action) {
        put(new Report(action));
    }

    private void put(Object item) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                if (!thread.isAlive()) throw new IllegalStateException("the store writer stopped: " + failure);
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Stores what is queued, and returns once it is done. */
    @Override
    public void close() {
        if (thread.isAlive()) put(END);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void loop() {
        try {
            run();
        } catch (Throwable t) {
            failure = t;
            throw t;
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        long deadline = 0;
        while (true) {
            Object item = batch.isEmpty() ? take() : poll(deadline);
            if (item instanceof Pending p) {
                if (batch.isEmpty()) deadline = System.nanoTime() + maxWaitNanos;
                batch.add(p);
                if (batch.size() < maxBatch) continue;
            }
            flush(batch);
            if (item instanceof Report r) tell(r.action());
            if (item == END) {
                store.keepRowsForSeveralWrites(false);
                return;
            }
        }
    }

    private Object take() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Only close() ends this thread, so that nothing queued is lost.
            }
        }
    }

    /** The next item, or null once the deadline has passed. */
    private Object poll(long deadline) {
        while (true) {
            try {
                return queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // As in take().
            }
        }
    }

    private void flush(List<Pending> batch) {
        if (batch.isEmpty()) return;
        try {
            store.replaceArticles(batch.stream().map(Pending::write).toList());
            batch.forEach(p -> tell(p.onStored()));
        } catch (RuntimeException batchFailed) {
            for (Pending p : batch) writeAlone(p);
        }
        batch.clear();
    }

    private void writeAlone(Pending p) {
        try {
            store.replaceArticles(List.of(p.write()));
        } catch (RuntimeException e) {
            tell(() -> p.onFailed().accept(e));
            return;
        }
        tell(p.onStored());
    }

    // A listener that throws must not stop the writer: every later article would wait for it forever.
    private static void tell(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
