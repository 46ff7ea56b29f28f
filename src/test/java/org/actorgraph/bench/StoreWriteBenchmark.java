package org.actorgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.actorgraph.store.ActorStore;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * What an article write costs on a large store: each of N article graphs, spread over the store, is written again
 * as it is with {@link ActorStore#replaceArticle}, in one transaction each (as {@code convert} writes an article), so
 * the store's content is the same afterwards. Reports the milliseconds a write, names and summary graphs included.
 *
 * <pre>StoreWriteBenchmark --store DIR [--articles N]</pre>
 */
public final class StoreWriteBenchmark {
    private StoreWriteBenchmark() {}

    public static void main(String[] args) {
        Path dir = null;
        int articles = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> dir = Path.of(args[++i]);
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null) throw new IllegalArgumentException("--store DIR is required");
        try (ActorStore store = ActorStore.open(dir)) {
            List<String> names = new ArrayList<>();
            store.dataset().executeRead(() -> store.dataset().listNames().forEachRemaining(n -> {
                if (n.startsWith("https://w3id.org/actorgraph/id/article/")) names.add(n);
            }));
            names.sort(null);
            int step = Math.max(1, names.size() / articles);
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < names.size() && ms.size() < articles; i += step) {
                String name = names.get(i);
                Model copy = store.dataset().calculateRead(() ->
                        ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(name)));
                long t = System.nanoTime();
                store.replaceArticle(name, copy);
                ms.add((System.nanoTime() - t) / 1e6);
            }
            // The first writes pay for class loading and compilation; they are timed all the same.
            System.out.printf("article writes: %d of %d graphs, median %.1f ms, p95 %.1f ms, max %.1f ms (summary graph %s)%n",
                    ms.size(), names.size(), Stats.median(ms), Stats.percentile(ms, 95), Stats.percentile(ms, 100),
                    AG.SUMMARY_GRAPH);
        }
    }
}
