package org.actorgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The one {@link WikiTitleIndex} of this JVM, kept in a cache directory and built there from the WikiDict on the
 * classpath the first time it is needed (about a minute, once per machine). The directory is
 * {@code ${user.home}/.cache/actorgraph}, or the system property {@value #CACHE_PROPERTY}; the file name carries the
 * size of the source, so a different CoreNLP release builds a fresh index.
 */
public final class WikiTitles {
    public static final String CACHE_PROPERTY = "actorgraph.cache";
    private static final String FORMAT = "2";
    private static volatile WikiTitles shared;

    private final WikiTitleIndex index;
    private final Path file;
    private final long buildMillis;
    private final long openMillis;

    private WikiTitles(Path file, long buildMillis, long openMillis, WikiTitleIndex index) {
        this.file = file;
        this.buildMillis = buildMillis;
        this.openMillis = openMillis;
        this.index = index;
    }

    /** The index of this JVM, built on first use when the cache does not have it yet. */
    public static WikiTitles get() {
        return get(line -> { });
    }

    /** As {@link #get()}; a build, which takes a while, is announced to {@code notice} before and after. */
    public static WikiTitles get(Consumer<String> notice) {
        WikiTitles t = shared;
        if (t == null) {
            synchronized (WikiTitles.class) {
                if (shared == null) shared = load(notice);
                t = shared;
            }
        }
        return t;
    }

    public WikiTitleIndex index() {
        return index;
    }

    public Path file() {
        return file;
    }

    /** Time spent building the index in this JVM, 0 when the cache had it. */
    public long buildMillis() {
        return buildMillis;
    }

    public long openMillis() {
        return openMillis;
    }

    public static Path cacheDirectory() {
        String dir = System.getProperty(CACHE_PROPERTY);
        if (dir != null && !dir.isBlank()) return Path.of(dir);
        return Path.of(System.getProperty("user.home"), ".cache", "actorgraph");
    }

    private static WikiTitles load(Consumer<String> notice) {
        URL source = WikiTitles.class.getClassLoader().getResource(WikiTitleIndex.WIKIDICT_RESOURCE);
        if (source == null) {
            throw new IllegalStateException("CoreNLP's WikiDict (" + WikiTitleIndex.WIKIDICT_RESOURCE
                    + ") is not on the classpath: the stanford-corenlp models-english-kbp jar is needed for linking");
        }
        return load(source, cacheDirectory(), notice);
    }

    /** The index of the dictionary at {@code source}, built into {@code dir} unless it is there already. */
    static WikiTitles load(URL source, Path dir, Consumer<String> notice) {
        try {
            URLConnection c = source.openConnection();
            long size = c.getContentLengthLong();
            Path file = dir.resolve("wikidict-titles-" + FORMAT + "-" + size + ".idx");
            long build = 0;
            if (!Files.isRegularFile(file)) {
                // Half a minute of silence on a first run looks like a hang; say what is happening and for how long.
                notice.accept("Building the Wikipedia title index for DBpedia links in " + dir
                        + " (once per machine, usually 25-40 s and 0.4 GB of disk; --no-link skips it)");
                long start = System.nanoTime();
                try (InputStream in = c.getInputStream()) {
                    WikiTitleIndex.build(in, file);
                }
                build = (System.nanoTime() - start) / 1_000_000;
                notice.accept(String.format(Locale.ROOT, "Built the Wikipedia title index in %.1f s: %s",
                        build / 1000.0, file));
            }
            long start = System.nanoTime();
            WikiTitleIndex index = WikiTitleIndex.open(file);
            return new WikiTitles(file, build, (System.nanoTime() - start) / 1_000_000, index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Wikipedia title index in " + dir
                    + " (set -D" + CACHE_PROPERTY + "=DIR to use another directory)", e);
        }
    }
}
