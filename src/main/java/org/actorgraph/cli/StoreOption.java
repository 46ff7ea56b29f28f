package org.actorgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that reads or writes the store. */
public class StoreOption {
    public static final String DEFAULT_STORE = "actorgraph-store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = "TDB2 store directory (default: ./${DEFAULT-VALUE}); created when absent.")
    Path store;

    public Path store() {
        return store;
    }
}
