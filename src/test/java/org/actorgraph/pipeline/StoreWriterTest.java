package org.actorgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.actorgraph.article.Article;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.graph.Iris;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.StoreDumps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles written several to a transaction, on real CoreNLP graphs and real TDB2: the store ends up exactly as when
 * each is written alone, and an article the store refuses leaves the others of its batch stored and itself absent.
 */
class StoreWriterTest {
    private static final Iris IRIS = new Iris();
    private static final String[] TEXTS = {
        "Sergei Lavrov, the Russian foreign minister, said on Tuesday that Moscow would not accept the deal. "
                + "Lavrov met Antony Blinken in Geneva for talks that lasted three hours.",
        "Antony Blinken, the secretary of state, warned that the United States would keep its sanctions on Russia.",
        "Kaja Kallas urged the European Union to stand by Ukraine. Kallas met Wang Yi in Brussels on Friday.",
        "Wang Yi, the Chinese foreign minister, called on both sides to respect the ceasefire.",
    };
    private static final List<Model> GRAPHS = new ArrayList<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void convert() {
        ArticleExtractor extractor = ExtractionModels.load(false).newExtractor();
        ArticleConverter converter = new ArticleConverter(IRIS, 0);
        for (int i = 0; i < TEXTS.length; i++) {
            GRAPHS.add(converter.convert(Article.ofText(id(i), TEXTS[i]), extractor).graph());
        }
    }

    private static String id(int i) {
        return "batch-" + i;
    }

    private static ActorStore.ArticleWrite write(int i, Model graph) {
        return new ActorStore.ArticleWrite(IRIS.article(id(i)), graph, "sha256:" + i);
    }

    @Test
    void aBatchLeavesTheStoreAsArticleByArticleWritesDo() {
        Path oneByOne = tmp.resolve("one-by-one");
        Path batched = tmp.resolve("batched");
        // Article 0 is stored first with another article's graph, so that the batch replaces it: its names and
        // summary counts must go as they would one write at a time.
        try (ActorStore store = ActorStore.open(oneByOne)) {
            store.replaceArticle(IRIS.article(id(0)), GRAPHS.get(1), "sha256:old");
            for (int i = 0; i < TEXTS.length; i++) store.replaceArticles(List.of(write(i, GRAPHS.get(i))));
        }
        try (ActorStore store = ActorStore.open(batched)) {
            store.replaceArticle(IRIS.article(id(0)), GRAPHS.get(1), "sha256:old");
            List<ActorStore.ArticleWrite> all = new ArrayList<>();
            for (int i = 0; i < TEXTS.length; i++) all.add(write(i, GRAPHS.get(i)));
            store.replaceArticles(all);
        }
        assertEquals(StoreDumps.canonicalNQuads(StoreDumps.copy(oneByOne)),
                StoreDumps.canonicalNQuads(StoreDumps.copy(batched)));
    }

    @Test
    void anArticleTheStoreRefusesLeavesTheRestOfItsBatchStoredAndItselfAbsent() {
        Model broken = ModelFactory.createDefaultModel().add(GRAPHS.get(2));
        // TDB2 cannot store a variable, so this article's write fails, and with it the batch's transaction.
        broken.getGraph().add(Triple.create(NodeFactory.createURI(IRIS.article(id(2))),
                NodeFactory.createURI("https://example.org/p"), NodeFactory.createVariable("x")));
        List<String> told = new ArrayList<>();
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            try (StoreWriter writer = new StoreWriter(store, 16, TimeUnit.SECONDS.toNanos(30))) {
                for (int i = 0; i < TEXTS.length; i++) {
                    int n = i;
                    writer.write(new StoreWriter.Pending(write(i, i == 2 ? broken : GRAPHS.get(i)),
                            () -> told.add("stored " + n), e -> told.add("failed " + n)));
                }
            }
            assertEquals(List.of("stored 0", "stored 1", "failed 2", "stored 3"), told);
            for (int i = 0; i < TEXTS.length; i++) {
                String iri = IRIS.article(id(i));
                if (i == 2) {
                    assertFalse(store.containsGraph(iri), "the refused article is absent");
                    continue;
                }
                assertTrue(store.graph(iri).isIsomorphicWith(alone(i)), "article " + i + " is stored whole");
            }
        }
    }

    /** The article's graph as the store holds it when it is written alone (TDB2 stores some literals canonically). */
    private Model alone(int i) {
        try (ActorStore store = ActorStore.open(tmp.resolve("alone-" + i))) {
            store.replaceArticle(IRIS.article(id(i)), GRAPHS.get(i), "sha256:" + i);
            return store.graph(IRIS.article(id(i)));
        }
    }

    @Test
    void reportsComeAfterTheArticlesQueuedBeforeThem() {
        List<String> told = new ArrayList<>();
        try (ActorStore store = ActorStore.open(tmp.resolve("order"));
             StoreWriter writer = new StoreWriter(store, 16, TimeUnit.SECONDS.toNanos(30))) {
            writer.write(new StoreWriter.Pending(write(0, GRAPHS.get(0)), () -> told.add("stored 0"), e -> told.add("failed 0")));
            writer.report(() -> told.add("report"));
            writer.write(new StoreWriter.Pending(write(1, GRAPHS.get(1)), () -> told.add("stored 1"), e -> told.add("failed 1")));
        }
        assertEquals(List.of("stored 0", "report", "stored 1"), told);
    }
}
