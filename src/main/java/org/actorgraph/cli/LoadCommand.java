package org.actorgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.store.ActorStore;
import org.actorgraph.store.BulkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code actorgraph load}: N-Quads part files into a new store, with TDB2's bulk loader. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Bulk-loads N-Quads files (the Spark job's part files, or export --format nquads) into a new store,",
            "then builds its names graph, so that serve and query work on it. PART is a file (gzipped when it",
            "ends in .gz) or a directory of them. For data larger than memory see docs/scale.md (tdb2.xloader)."
        })
public class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "PART", arity = "1..*", description = "N-Quads files or directories of them.")
    List<Path> parts;

    @Override
    public Integer call() {
        List<Path> files = BulkLoad.files(parts);
        if (files.isEmpty()) throw new IllegalArgumentException(parts.get(0) + ": no files to load");
        try (ActorStore store = ActorStore.open(storeOption.store())) {
            BulkLoad.Result r = BulkLoad.load(store, files);
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
            double s = r.load().toNanos() / 1e9;
            spec.commandLine().getErr().printf(Locale.ROOT,
                    "Loaded %,d quads from %d file(s) in %.1f s (%,.0f quads/s); names and summaries %.1f s%n",
                    r.quads(), r.files(), s, r.quads() / Math.max(s, 1e-9), r.indexes().toNanos() / 1e9);
        }
        return ActorGraphCommand.EXIT_OK;
    }
}
