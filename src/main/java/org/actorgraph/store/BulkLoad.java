package org.actorgraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads N-Quads part files (the Spark job's output, or {@code export --format nquads}) into a new store with Jena's
 * phased TDB2 bulk loader, which builds the indexes one after the other instead of one transaction per article, and
 * then builds what {@code convert} keeps in step as it writes: the names graph and the summaries.
 */
public final class BulkLoad {
    /** What a load did: quads read, files, and the time of each step. */
    public record Result(long quads, int files, Duration load, Duration indexes) {}

    private BulkLoad() {}

    /**
     * The files to load: named files as they are, directories walked for their data files (names that start with
     * "." or "_", Spark's checksums and markers, are left out). Every file is read as N-Quads, gzipped when its
     * name ends in .gz.
     */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IllegalArgumentException(p + ": no such file or directory");
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> {
                    String name = f.getFileName().toString();
                    return !name.startsWith(".") && !name.startsWith("_");
                }).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new IllegalArgumentException(p + ": cannot list directory: " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** Loads {@code files} into {@code store}, which must hold no article yet, and builds its names and summaries. */
    public static Result load(ActorStore store, List<Path> files) {
        long articles = store.articleCount();
        if (articles > 0) {
            // The loader adds quads; into a store with articles it would merge old and new graphs of an article.
            throw new ActorGraphStoreException("Store " + store.directory() + " already holds " + articles
                    + " article(s); load into a new --store directory");
        }
        long t = System.nanoTime();
        DataLoader loader = LoaderFactory.phasedLoader(store.dataset().asDatasetGraph(), (fmt, args) -> {});
        loader.startBulk();
        try {
            for (Path f : files) parse(f, loader);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        Duration load = Duration.ofNanos(System.nanoTime() - t);
        t = System.nanoTime();
        store.refreshIndexes();
        return new Result(loader.countQuads(), files.size(), load, Duration.ofNanos(System.nanoTime() - t));
    }

    private static void parse(Path file, DataLoader loader) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(loader.stream());
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not N-Quads: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
