package org.actorgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The catalogue of prepared queries: every {@code *.rq} file in the {@code queries/} classpath directory. Dropping a
 * new file there is all it takes to add a query; no index has to be kept in step.
 */
public final class PreparedQueries {
    public static final String DEFAULT_DIRECTORY = "queries";
    private static final String SUFFIX = ".rq";

    private final Map<String, PreparedQuery> byName;

    private PreparedQueries(Map<String, PreparedQuery> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The queries shipped in the ActorGraph jar. */
    public static PreparedQueries load() {
        return fromClasspath(DEFAULT_DIRECTORY);
    }

    /**
     * Queries in a classpath directory, from every classpath root that has one (directories and jars alike). When two
     * roots define the same name the earlier root on the classpath wins, as with any other resource.
     */
    public static PreparedQueries fromClasspath(String directory) {
        String dir = trimSlashes(directory);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = PreparedQueries.class.getClassLoader();
        }
        Map<String, PreparedQuery> found = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(dir);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (PreparedQuery q : readRoot(root, dir)) {
                    found.putIfAbsent(q.name(), q);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list prepared queries in classpath directory " + dir, e);
        }
        return new PreparedQueries(found);
    }

    /** Queries in a file system directory. */
    public static PreparedQueries fromDirectory(Path directory) {
        Map<String, PreparedQuery> found = new TreeMap<>();
        for (PreparedQuery q : readDirectory(directory)) {
            found.putIfAbsent(q.name(), q);
        }
        return new PreparedQueries(found);
    }

    public static PreparedQueries of(Collection<PreparedQuery> queries) {
        Map<String, PreparedQuery> found = new TreeMap<>();
        queries.forEach(q -> found.putIfAbsent(q.name(), q));
        return new PreparedQueries(found);
    }

    /** Parses one query file's text; {@code fallbackName} is used when the header has no {@code # name:}. */
    public static PreparedQuery parse(String fallbackName, String text) {
        return QueryFileParser.parse(fallbackName, text);
    }

    public Optional<PreparedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All queries, ordered by name. */
    public List<PreparedQuery> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    private static List<PreparedQuery> readRoot(URL root, String dir) throws IOException {
        switch (root.getProtocol()) {
            case "file":
                try {
                    return readDirectory(Path.of(root.toURI()));
                } catch (URISyntaxException e) {
                    throw new IOException("Bad classpath URL " + root, e);
                }
            case "jar":
                return readJar(root, dir);
            default:
                return List.of();
        }
    }

    private static List<PreparedQuery> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<PreparedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                out.add(parse(baseName(file.getFileName().toString()), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read prepared queries in " + directory, e);
        }
        return out;
    }

    private static List<PreparedQuery> readJar(URL root, String dir) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        List<PreparedQuery> out = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            String prefix = dir + "/";
            List<JarEntry> entries = jar.stream()
                    .filter(e -> !e.isDirectory())
                    .filter(e -> e.getName().startsWith(prefix) && e.getName().endsWith(SUFFIX))
                    .filter(e -> e.getName().indexOf('/', prefix.length()) < 0)
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    out.add(parse(baseName(entry.getName().substring(prefix.length())), text));
                }
            }
        }
        return out;
    }

    private static String baseName(String fileName) {
        return fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
    }

    private static String trimSlashes(String s) {
        String t = s;
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
