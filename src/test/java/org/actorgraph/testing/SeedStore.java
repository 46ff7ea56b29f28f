package org.actorgraph.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.actorgraph.cli.ActorGraphCommand;
import picocli.CommandLine;

/**
 * The two seed articles converted once per JVM through the command line into a real TDB2 store.
 * Converting costs the NLP model load and some seconds per article, so tests that only read the
 * seed graph share this one store; tests that change a store make their own.
 */
public final class SeedStore {
    /** What {@code convert seeds --store DIR} printed; {@code args} without the {@code --store} option. */
    public record Conversion(Path store, List<String> args, int exit, String out, String err) {}

    private static Conversion conversion;

    private SeedStore() {}

    public static synchronized Conversion get() {
        if (conversion == null) {
            conversion = convert();
        }
        return conversion;
    }

    private static Conversion convert() {
        Path dir;
        try {
            dir = Files.createTempDirectory("actorgraph-seeds");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "seed-store-cleanup"));
        Path store = dir.resolve("store");
        // One thread: the articles are stored in input order, so node order and every listing are the same each run.
        List<String> args = List.of("convert", "seeds", "--threads", "1");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ActorGraphCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("convert", "seeds", "--threads", "1", "--store", store.toString());
        if (exit != 0) {
            throw new IllegalStateException("converting the seeds failed (exit " + exit + "):\n" + err);
        }
        return new Conversion(store.toAbsolutePath(), args, exit, out.toString(), err.toString());
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}
