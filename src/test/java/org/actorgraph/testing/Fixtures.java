package org.actorgraph.testing;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.actorgraph.store.ActorStore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The hand-written two-article fixture and a store loaded with it. */
public final class Fixtures {
    public static final String ARTICLE_0 = "https://w3id.org/actorgraph/id/article/000-test";
    public static final String ARTICLE_1 = "https://w3id.org/actorgraph/id/article/001-test";
    public static final String POSITION = ARTICLE_0 + "/position/1";
    public static final String LAVROV = "https://w3id.org/actorgraph/id/person/sergey-lavrov";

    private Fixtures() {}

    public static Dataset small() {
        Dataset ds = DatasetFactory.create();
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/small.trig")) {
            RDFDataMgr.read(ds, in, Lang.TRIG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ds;
    }

    public static List<String> graphNames(Dataset ds) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = ds.listNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** Opens a store at {@code dir} holding every graph of the fixture. */
    public static ActorStore smallStore(Path dir) {
        ActorStore store = ActorStore.open(dir);
        Dataset fixture = small();
        for (String name : graphNames(fixture)) {
            Model graph = fixture.getNamedModel(name);
            store.replaceArticle(name, graph);
        }
        return store;
    }

    /** Number of quads in named graphs, read in its own transaction. */
    public static long quadCount(Dataset ds) {
        return ds.calculateRead(() -> {
            long n = 0;
            Iterator<Node> names = ds.asDatasetGraph().listGraphNodes();
            while (names.hasNext()) {
                n += ds.asDatasetGraph().getGraph(names.next()).size();
            }
            return n;
        });
    }
}
