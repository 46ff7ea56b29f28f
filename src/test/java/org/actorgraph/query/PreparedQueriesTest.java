package org.actorgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedQueriesTest {
    @TempDir
    Path tmp;

    @Test
    void queriesInsideAJarAreFoundWithoutAnIndex() throws Exception {
        Path jar = tmp.resolve("queries.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "queries/", null);
            put(out, "queries/b-second.rq", "# name: b-second\n# description: B\nASK {}\n");
            put(out, "queries/a-first.rq", "# description: A\n# param: x (literal) — x\nSELECT * { ?s ?p ?x }\n");
            put(out, "queries/nested/ignored.rq", "ASK {}\n");
            put(out, "queries/readme.txt", "not a query");
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            PreparedQueries catalog = PreparedQueries.fromClasspath("queries");
            assertEquals(List.of("a-first", "b-second"), catalog.names());
            assertEquals("x", catalog.get("a-first").orElseThrow().parameters().get(0).name());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void queriesInADirectoryAreFound() throws Exception {
        Files.writeString(tmp.resolve("one.rq"), "# description: one\nSELECT * { ?s ?p ?o }\n");
        Files.writeString(tmp.resolve("notes.md"), "ignored");
        assertEquals(List.of("one"), PreparedQueries.fromDirectory(tmp).names());
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        if (text != null) {
            OutputStream o = out;
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}
