package org.actorgraph.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** How many articles some inputs hold, counted cheaply before a conversion so that its progress can show a total. */
public final class ArticleCount {
    /** Not known before reading: a web archive's pages or a feed's items. */
    public static final long UNKNOWN = -1;

    private ArticleCount() {}

    /**
     * Articles under the paths as the reader would find them: one a file, one a JSON line; {@link #UNKNOWN} when any
     * input is an archive or a feed, or cannot be listed. Refusals are counted too, as the reader goes past them.
     */
    public static long estimate(List<Path> paths) {
        long total = 0;
        try {
            for (Path path : paths) {
                List<Path> files;
                if (!Files.isDirectory(path)) {
                    files = List.of(path);
                } else {
                    try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
                        files = walk.filter(f -> Files.isRegularFile(f) && ArticleReader.isArticleFile(f)).toList();
                    }
                }
                for (Path file : files) {
                    long n = count(file);
                    if (n == UNKNOWN) return UNKNOWN;
                    total += n;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return UNKNOWN;
        }
        return total;
    }

    private static long count(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) return nonBlankLines(file);
        if (name.endsWith(".txt") || ArticleReader.htmlExtension(name) != null) return 1;
        return UNKNOWN; // an archive or a feed: only reading tells
    }

    private static long nonBlankLines(Path file) throws IOException {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (content) lines++;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        }
        return content ? lines + 1 : lines;
    }
}
