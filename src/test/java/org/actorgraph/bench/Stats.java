package org.actorgraph.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles of timed runs; nearest-rank percentiles, which never invent a value not measured. */
final class Stats {
    private Stats() {}

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static long directorySize(java.nio.file.Path dir) throws java.io.IOException {
        try (var s = java.nio.file.Files.walk(dir)) {
            return s.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> {
                try {
                    return java.nio.file.Files.size(p);
                } catch (java.io.IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    /** Samples used heap every 20 ms in a daemon thread and keeps the largest value seen. */
    static final class HeapSampler implements AutoCloseable {
        private volatile long peak;
        private volatile boolean running = true;
        private final Thread thread;

        HeapSampler() {
            thread = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (running) {
                    long used = rt.totalMemory() - rt.freeMemory();
                    if (used > peak) peak = used;
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peakBytes() {
            return peak;
        }

        @Override
        public void close() {
            running = false;
        }
    }
}
