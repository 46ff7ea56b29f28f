package org.actorgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.actorgraph.testing.Fixtures;
import org.actorgraph.testing.LockHolder;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorStoreTest {
    @TempDir
    Path tmp;

    @Test
    void openCreatesAMissingStoreDirectory() {
        Path dir = tmp.resolve("new/store");
        try (ActorStore store = ActorStore.open(dir)) {
            assertTrue(Files.isDirectory(dir));
            assertEquals(0, store.articleCount());
        }
    }

    @Test
    void replacingAnArticleTwiceLeavesNoDuplicates() {
        Dataset fixture = Fixtures.small();
        Model article = fixture.getNamedModel(Fixtures.ARTICLE_0);
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            store.replaceArticle(Fixtures.ARTICLE_0, article);
            long once = Fixtures.quadCount(store.dataset());
            store.replaceArticle(Fixtures.ARTICLE_0, article);
            assertEquals(once, Fixtures.quadCount(store.dataset()));
            assertEquals(article.size(), store.graph(Fixtures.ARTICLE_0).size());
            assertEquals(1, store.articleCount());
            assertEquals(1, store.countInstances(AG.Position));
        }
    }

    @Test
    void replacingAnArticleDropsTriplesTheNewVersionNoLongerHas() {
        Dataset fixture = Fixtures.small();
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            store.replaceArticle(Fixtures.ARTICLE_0, fixture.getNamedModel(Fixtures.ARTICLE_0));
            Model smaller = ModelFactory.createDefaultModel();
            smaller.add(ResourceFactory.createResource(Fixtures.ARTICLE_0), RDFS.label, "only this");
            store.replaceArticle(Fixtures.ARTICLE_0, smaller);
            assertEquals(1, store.graph(Fixtures.ARTICLE_0).size());
            assertEquals(0, store.countInstances(AG.Position));
        }
    }

    @Test
    void defaultGraphIsTheUnionOfBothArticleGraphs() {
        try (ActorStore store = Fixtures.smallStore(tmp.resolve("store"))) {
            Dataset ds = store.dataset();
            Set<String> articles = ds.calculateRead(() -> {
                Set<String> found = new HashSet<>();
                String q = "SELECT ?a WHERE { <" + Fixtures.LAVROV + "> <" + AG.mentionedIn.getURI() + "> ?a }";
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                    qe.execSelect().forEachRemaining(row -> found.add(row.getResource("a").getURI()));
                }
                return found;
            });
            assertEquals(Set.of(Fixtures.ARTICLE_0, Fixtures.ARTICLE_1), articles);
            assertEquals(2, store.articleCount());
            // Lavrov is typed in both graphs but is one person in the union.
            assertEquals(2, store.countInstances(AG.Person));
        }
    }

    @Test
    void ensureOntologyWritesOnlyWhenTheOntologyChanged() {
        Model ontology = ModelFactory.createDefaultModel();
        ontology.add(AG.Person, RDFS.label, "Person");
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            store.ensureOntology(ontology);
            store.ensureOntology(ontology);
            assertEquals(1, store.graph(AG.ONTOLOGY_GRAPH).size());
            Model changed = ModelFactory.createDefaultModel().add(AG.Actor, RDFS.label, "Actor");
            store.ensureOntology(changed);
            assertTrue(store.graph(AG.ONTOLOGY_GRAPH).isIsomorphicWith(changed));
            // The ontology graph is not an article.
            assertEquals(0, store.articleCount());
        }
    }

    @Test
    void removeArticleDeletesItsGraph() {
        try (ActorStore store = Fixtures.smallStore(tmp.resolve("store"))) {
            assertTrue(store.removeArticle(Fixtures.ARTICLE_1));
            assertFalse(store.containsGraph(Fixtures.ARTICLE_1));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void aFileWhereTheStoreShouldBeIsReportedByPath() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        ActorGraphStoreException e = assertThrows(ActorGraphStoreException.class, () -> ActorStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aStoreLockedByAnotherProcessGivesAMessageNamingTheDirectory() throws Exception {
        Path dir = tmp.resolve("locked");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            ActorGraphStoreException e = assertThrows(ActorGraphStoreException.class, () -> ActorStore.open(dir));
            assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    private static Model actorArticle(String actor, String label, String... altLabels) {
        Model m = ModelFactory.createDefaultModel();
        var r = m.createResource(actor).addProperty(RDF.type, AG.Actor).addProperty(RDF.type, AG.Person)
                .addProperty(RDFS.label, label);
        for (String alt : altLabels) r.addProperty(SKOS.altLabel, alt);
        return m;
    }

    private static Set<String> names(ActorStore store, String actor) {
        Set<String> out = new HashSet<>();
        store.graph(AG.NAMES_GRAPH).listStatements(ResourceFactory.createResource(actor), null, (org.apache.jena.rdf.model.RDFNode) null)
                .forEachRemaining(st -> out.add(st.getPredicate().getLocalName() + "=" + st.getString()));
        return out;
    }

    @Test
    void theNamesGraphHoldsEachNameOnceAndForgetsNamesNoArticleGivesAnyMore() {
        String lavrov = "https://w3id.org/actorgraph/id/person/sergei-lavrov";
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            store.replaceArticle("urn:a", actorArticle(lavrov, "Sergei Lavrov", "Lavrov"));
            store.replaceArticle("urn:b", actorArticle(lavrov, "Sergei Lavrov", "Sergey Lavrov"));
            assertEquals(Set.of("label=Sergei Lavrov", "altLabel=Lavrov", "altLabel=Sergey Lavrov"), names(store, lavrov));
            assertEquals(3, store.graph(AG.NAMES_GRAPH).size());

            store.replaceArticle("urn:a", actorArticle(lavrov, "Sergei Lavrov"));
            assertEquals(Set.of("label=Sergei Lavrov", "altLabel=Sergey Lavrov"), names(store, lavrov));

            store.removeArticle("urn:b");
            assertEquals(Set.of("label=Sergei Lavrov"), names(store, lavrov));
            store.removeArticle("urn:a");
            assertTrue(store.graph(AG.NAMES_GRAPH).isEmpty());
        }
    }

    @Test
    void aStoreLoadedWithoutTheNamesGraphGetsItWhenOpened() {
        Path dir = tmp.resolve("bulk");
        String putin = "https://w3id.org/actorgraph/id/person/vladimir-putin";
        Dataset raw = org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.toString());
        raw.executeWrite(() -> {
            raw.addNamedModel("urn:a", actorArticle(putin, "Vladimir Putin", "Putin"));
            raw.addNamedModel("urn:b", actorArticle(putin, "Vladimir Putin"));
        });
        raw.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(raw.asDatasetGraph());
        try (ActorStore store = ActorStore.open(dir)) {
            assertEquals(Set.of("label=Vladimir Putin", "altLabel=Putin"), names(store, putin));
        }
    }
}
