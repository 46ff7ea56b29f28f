package org.actorgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.actorgraph.store.ActorGraphStoreException;
import org.actorgraph.store.ActorStore;
import picocli.CommandLine.Option;

/** The {@code --store} option (Jena's {@code --loc}) shared by every command that reads or writes the store. */
public class StoreOption {
    public static final String DEFAULT_STORE = "actorgraph-store";

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = {"TDB2 store folder.", "Default: ./${DEFAULT-VALUE}"})
    Path store;

    public Path store() {
        return store;
    }

    /** Opens the store, creating it when absent: for commands that write into it. */
    ActorStore open() {
        return ActorStore.open(store);
    }

    /** Opens the store for a command that only reads it. */
    ActorStore openExisting() {
        return ActorStore.open(existing(store));
    }

    /**
     * {@code dir}, refused when it holds no store: a read command that created an empty one would answer nothing
     * and leave a stray folder behind, so a mistyped path would look like an empty result.
     */
    static Path existing(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            return absolute; // ActorStore says it is not a directory.
        }
        if (!ActorStore.exists(absolute)) {
            String why = Files.isDirectory(absolute) ? " (the folder holds no TDB2 database)" : "";
            throw new ActorGraphStoreException("no store at " + absolute + why
                    + " — create one with: actorgraph convert ARTICLES --store " + absolute);
        }
        return absolute;
    }
}
