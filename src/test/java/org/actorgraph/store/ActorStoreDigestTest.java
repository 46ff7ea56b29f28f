package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store keeps an article's source digest in the article's graph, written with it and replaced with it. */
class ActorStoreDigestTest {
    private static final String ARTICLE = "https://w3id.org/actorgraph/id/article/digest-test";

    @TempDir
    Path tmp;

    private static Model article() {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(ARTICLE), RDF.type, AG.Article);
        return m;
    }

    @Test
    void theDigestIsStoredWithTheGraphAndGoesWithIt() {
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            assertEquals(Optional.empty(), store.digestOf(ARTICLE), "no graph, no digest");
            Model graph = article();
            store.replaceArticle(ARTICLE, graph, "sha256:01");
            assertEquals(Optional.of("sha256:01"), store.digestOf(ARTICLE));
            assertEquals(1, graph.size(), "the caller's model is left as it was");
            Model stored = store.graph(ARTICLE);
            assertTrue(stored.contains(stored.createResource(ARTICLE), AG.sourceDigest, "sha256:01"));

            store.replaceArticle(ARTICLE, article(), "sha256:02");
            assertEquals(Optional.of("sha256:02"), store.digestOf(ARTICLE), "one digest, the new one");
            assertEquals(2, store.graph(ARTICLE).size());

            store.replaceArticle(ARTICLE, article());
            assertEquals(Optional.empty(), store.digestOf(ARTICLE), "a graph stored without a digest has none");
        }
    }
}
