package org.actorgraph.testing;

import java.nio.file.Path;

import org.actorgraph.store.ActorStore;

/** Run in a separate JVM: opens a store, says "ready", and holds it until its standard input closes. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (ActorStore store = ActorStore.open(Path.of(args[0]))) {
            store.articleCount();
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the parent closes our stdin
            }
        }
    }
}
