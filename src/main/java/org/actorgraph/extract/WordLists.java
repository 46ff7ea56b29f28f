package org.actorgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word lists that ship as resources beside this class (or, named with a leading '/', anywhere on the class
 * path): one entry a line, '#' starts a comment line.
 */
final class WordLists {
    /** Each list is read once per JVM, however many rules use it. */
    private static final Map<String, Set<String>> LOADED = new ConcurrentHashMap<>();

    private WordLists() {}

    static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing word list " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        return out;
    }

    /** The first column of every row, lower-cased. */
    static Set<String> words(String resource) {
        return LOADED.computeIfAbsent(resource, WordLists::load);
    }

    private static Set<String> load(String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] row : rows(resource)) out.add(row[0].trim().toLowerCase(Locale.ROOT));
        return Collections.unmodifiableSet(out);
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) return out;
        for (String s : cell.split(";")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }
}
