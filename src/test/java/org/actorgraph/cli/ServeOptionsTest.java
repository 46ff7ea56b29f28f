package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's --cors option, checked before any store is opened. */
class ServeOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void aCorsOriginWithAPathIsOneLineOfUsageError() {
        Path store = tmp.resolve("store");
        CliRun r = CliRun.of("serve", "--store", store.toString(), "--port", "0", "--cors=https://yasgui.example.org/x");
        assertEquals(ActorGraphCommand.EXIT_USAGE, r.exit(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.contains("--cors") && first.contains("https://yasgui.example.org/x"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(store), "nothing is created for a refused option");
    }

    @Test
    void corsIsDescribedInTheHelp() {
        CliRun r = CliRun.of("serve", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--cors"), r.out());
    }

    @Test
    void jenasPasswdNamesThePasswordFile() {
        CliRun r = CliRun.of("serve", "--store", tmp.resolve("store").toString(), "--passwd", "p.txt");
        assertEquals(ActorGraphCommand.EXIT_USAGE, r.exit(), r.err());
        assertEquals("--password-file is only used with --update", r.err().lines().findFirst().orElse(""));
        assertFalse(Files.exists(tmp.resolve("store")), "nothing is created for a refused option");
    }
}
