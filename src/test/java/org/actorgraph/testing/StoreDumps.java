package org.actorgraph.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.actorgraph.store.ActorStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;

/** Store contents in a form two stores can be compared by. */
public final class StoreDumps {
    private StoreDumps() {}

    /** A copy of every named graph of the store at {@code dir}, read through a fresh open. */
    public static Dataset copy(Path dir) {
        try (ActorStore store = ActorStore.open(dir)) {
            return copyOf(store);
        }
    }

    /** A copy of every named graph of an open store, made through its N-Quads export. */
    public static Dataset copyOf(ActorStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, "nquads");
        Dataset copy = DatasetFactory.create();
        RDFDataMgr.read(copy, new java.io.ByteArrayInputStream(out.toByteArray()), Lang.NQUADS);
        return copy;
    }

    /**
     * Canonical N-Quads: the export's lines sorted. Blank nodes (only the ontology's lists have them) get fresh
     * labels in every store, so lines with blank nodes are left out here and compared by {@link #sameData}.
     */
    public static String canonicalNQuads(Dataset ds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, Lang.NQUADS);
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(l -> !l.isBlank() && !l.contains("_:"))
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    /** Same canonical N-Quads and isomorphic, blank nodes included. */
    public static boolean sameData(Dataset a, Dataset b) {
        return canonicalNQuads(a).equals(canonicalNQuads(b)) && IsoMatcher.isomorphic(a.asDatasetGraph(), b.asDatasetGraph());
    }
}
