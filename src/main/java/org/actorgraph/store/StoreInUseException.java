package org.actorgraph.store;

import java.nio.file.Path;

/** Another process holds the store's lock; a read may still go through that process if it is a server. */
public class StoreInUseException extends ActorGraphStoreException {
    private final Path directory;

    public StoreInUseException(Path directory, String message, Throwable cause) {
        super(message, cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
